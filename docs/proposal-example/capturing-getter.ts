// scenario: capturing-getter
// expect: compiles
// The lender captures a tenant's name.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d.tenants[tenant]!, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d.tenants[tenant]!, use));
  });
}
