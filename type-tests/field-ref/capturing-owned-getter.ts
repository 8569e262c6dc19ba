// scenario: capturing-owned-getter
// expect: compiles
// rust: error E0277
// The getter captures an owned tenant name. TypeScript has no Copy: an object is captured like a
// string. Rust's closure owns a `String`, so it is not `Copy`, and D1's getter bound
// `Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static` refuses it (E0277).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(field(d, "tenants"), tenant.name));
    http.addToLinker(linker, (d) => field(field(d, "tenants"), tenant.name));
  });
}
