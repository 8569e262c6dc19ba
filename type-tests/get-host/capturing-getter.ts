// scenario: capturing-getter
// expect: compiles
// rust: compiles
// A closure capturing a tenant's name (`&'static str`, Copy): the GetHost bound keeps D1's `Copy`,
// which the capture satisfies. Both languages take it.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.tenants[tenant]!.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.tenants[tenant]!.httpView());
  });
}
