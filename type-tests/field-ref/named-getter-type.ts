// scenario: named-getter-type
// expect: error TS2345 at 18 "'KitGetter' is not assignable to parameter of type"
// expect: error TS2345 at 19 "'KitGetter' is not assignable to parameter of type"
// rust: error E0277
// The getter must be a field-ref closure; the design has no getter trait to implement, so the class
// has nothing to declare. A class instance where the getter must be a function: a class has no call
// signature (TS2345).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

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
