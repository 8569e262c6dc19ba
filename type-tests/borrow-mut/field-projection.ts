// scenario: field-projection
// expect: compiles
// rust: error nocode
// The getter returns the `kit` field, U named as `KitData` in Rust (it is never inferred, see
// no-annotations). TypeScript takes it: U silently becomes the constraint (the libraries' hosts).
// In Rust, B (`&'a mut KitData`) would have to be one type for every borrow of the store data,
// chosen outside it, so the closure's result outlives its parameter ("lifetime may not live long
// enough", no code).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit);
    http.addToLinker(linker, (d) => d.kit);
  });
}
