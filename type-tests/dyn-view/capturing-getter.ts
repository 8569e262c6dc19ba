// scenario: capturing-getter
// expect: compiles
// rust: compiles
// A closure capturing a Copy tenant name, returning that tenant's state as the view: both take it.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.tenants[tenant]!);
    http.addToLinkerGetHost(linker, (d) => d.tenants[tenant]!);
  });
}
