// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The getter captures which tenant's state to hand out as the view. TypeScript closures capture
// anything; the Rust twin, `move |s: &mut AppData| &mut s.tenants[tenant] as &mut dyn SocketsView`
// through type_annotate, captures a Copy index, which GetHost's `Copy + Send + Sync + 'static`
// allows.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

class App {
  readonly tenants = new Map([["acme", new KitData()]]);
  readonly fallback = new KitData();
}

export function link(): Linked<App> {
  const tenant = "acme";
  const data = new App();
  return linkBoth(data, data.tenants.get(tenant)!.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.tenants.get(tenant) ?? d.fallback);
    http.addToLinker(linker, (d) => d.tenants.get(tenant) ?? d.fallback);
  });
}
