// scenario: capturing-owned-getter
// expect: compiles
// rust: error E0277
// A closure owning a tenant's name. TypeScript has no Copy. GetHost requires `Copy` (PR #8448 kept
// D1's bound), which a closure owning a `String` is not (E0277).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.tenants[tenant.name]!.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.tenants[tenant.name]!.httpView());
  });
}
