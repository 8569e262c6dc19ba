// scenario: capturing-getter
// expect: compiles
// rust: compiles
// A closure capturing a tenant's name (`&'static str` in Rust, which is Copy): D1's `Copy` bound holds.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/borrow-host.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(field(d, "tenants"), tenant));
    http.addToLinker(linker, (d) => field(field(d, "tenants"), tenant));
  });
}
