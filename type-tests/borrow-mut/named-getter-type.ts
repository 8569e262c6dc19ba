// scenario: named-getter-type
// expect: error TS2345 at 17 "'KitGetter' is not assignable to parameter of type '(data:"
// expect: error TS2345 at 18 "'KitGetter' is not assignable to parameter of type '(data:"
// rust: error E0277
// No getter trait, only `(data: T) => B`. A class instance where the getter must be a function: a
// class has no call signature (TS2345).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

class KitGetter {
}

export function link(): Linked<KitData> {
  const data = new KitData();
  const getter = new KitGetter();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getter);
    http.addToLinker(linker, getter);
  });
}
