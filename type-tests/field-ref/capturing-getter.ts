// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The getter captures which tenant's state to lend and projects twice,
// `field(field(d, "tenants"), tenant)`. TypeScript closures capture anything. D1's bound is
// `Fn + Send + Sync + Copy + 'static`, which a `move` closure capturing a Copy index meets, so the
// Rust twin (`move |s| &mut s.tenants[tenant]`) compiles too; captures stopped only with
// wasmtime 34's `fn` pointers (PR #10770, E0308).
import { linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets, ViewHosts } from "../../designs/field-ref.ts";

class App {
  readonly tenants = { acme: new ViewHosts(), globex: new ViewHosts() };
}

export function link(): Linked<App> {
  const tenant = "globex";
  const data = new App();
  return linkBoth(data, data.tenants[tenant].table, (linker) => {
    sockets.addToLinker(linker, (d) => field(field(d, "tenants"), tenant));
    http.addToLinker(linker, (d) => field(field(d, "tenants"), tenant));
  });
}
