// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The getter captures which tenant's state to lend, `d => d.tenants[tenant]`. TypeScript closures
// capture anything. The Rust twin, `move |s| &mut s.tenants[tenant]` through the `add_to_linker`
// kept for field-ref closures, captures a Copy index, which `Fn + Send + Sync + Copy + 'static`
// allows.
import { linkBoth, type Linked } from "accessor-kit";
import { http, sockets, ViewHosts } from "../../designs/borrow-returning.ts";

class App {
  readonly tenants = { acme: new ViewHosts(), globex: new ViewHosts() };
}

export function link(): Linked<App> {
  const tenant = "acme";
  const data = new App();
  return linkBoth(data, data.tenants[tenant].table, (linker) => {
    sockets.addToLinker(linker, (d) => d.tenants[tenant]);
    http.addToLinker(linker, (d) => d.tenants[tenant]);
  });
}
