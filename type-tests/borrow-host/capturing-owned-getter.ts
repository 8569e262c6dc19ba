// scenario: capturing-owned-getter
// expect: compiles
// rust: error E0277
// A closure capturing an owned name. TypeScript has no Copy. In Rust the closure owns a `String`, so
// it is not Copy, and both entry points want a Copy closure (E0277).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/borrow-host.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(field(d, "tenants"), tenant.name));
    http.addToLinker(linker, (d) => field(field(d, "tenants"), tenant.name));
  });
}
