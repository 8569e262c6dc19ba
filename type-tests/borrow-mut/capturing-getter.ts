// scenario: capturing-getter
// expect: compiles
// rust: error nocode
// A closure capturing a tenant's name. TypeScript takes it. In Rust, B (`&'a mut KitData`) would have to be one type for every borrow of the store data,
// chosen outside it, so the closure's result outlives its parameter ("lifetime may not live long
// enough", no code).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.tenants[tenant]!);
    http.addToLinker(linker, (d) => d.tenants[tenant]!);
  });
}
