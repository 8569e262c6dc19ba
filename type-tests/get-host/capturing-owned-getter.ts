// scenario: capturing-owned-getter
// rust: compiles
// (prose)
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
