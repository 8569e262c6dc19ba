// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The getter captures a tenant's name and borrows that tenant's state. The name is a `&'static str`
// in Rust, which is Copy, so the closure keeps D1's `Copy` bound.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(field(d, "tenants"), tenant));
    http.addToLinker(linker, (d) => field(field(d, "tenants"), tenant));
  });
}
