// scenario: capturing-owned-getter
// expect: compiles
// rust: error E0277
// A closure owning a tenant's name: TypeScript takes it; GetHost wants Copy, which a closure owning a
// `String` is not (E0277).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.tenants[tenant.name]!);
    http.addToLinkerGetHost(linker, (d) => d.tenants[tenant.name]!);
  });
}
