// scenario: capturing-getter
// expect: compiles
// rust: compiles
// A closure capturing a Copy tenant name, wrapping that tenant's state: both take it.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d.tenants[tenant]!));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(d.tenants[tenant]!));
  });
}
