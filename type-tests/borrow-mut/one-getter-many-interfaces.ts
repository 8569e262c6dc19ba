// scenario: one-getter-many-interfaces
// expect: compiles
// rust: error nocode
// One getter kept in a const. TypeScript takes it for both interfaces. In Rust, B (`&'a mut KitData`) would have to be one type for every borrow of the store data,
// chosen outside it, so the closure's result outlives its parameter ("lifetime may not live long
// enough", no code).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
