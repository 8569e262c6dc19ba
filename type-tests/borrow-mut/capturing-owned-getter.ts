// scenario: capturing-owned-getter
// expect: compiles
// rust: error E0277
// A closure capturing an owned name: TypeScript takes it. In Rust the closure owns a `String` and is
// not Copy, which the getter bound keeps from D1 (E0277).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.tenants[tenant.name]!);
    http.addToLinker(linker, (d) => d.tenants[tenant.name]!);
  });
}
