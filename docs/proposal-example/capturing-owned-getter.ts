// scenario: capturing-owned-getter
// expect: compiles
// The lender captures an object naming the tenant.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d.tenants[tenant.name]!, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d.tenants[tenant.name]!, use));
  });
}
