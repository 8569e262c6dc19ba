// scenario: named-getter-type
// expect: error TS2345 at 19 "'KitGetter' is not assignable to parameter of type"
// expect: error TS2345 at 20 "'KitGetter' is not assignable to parameter of type"
// A lender is a generic function type: a class has no call signature to match it, so the named
// type lends through a method, and the bindings take only the function.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "./design.ts";

class KitGetter {
  lend<R>(data: KitData, use: (host: KitData) => R): R {
    return use(data);
  }
}

export function link(): Linked<KitData> {
  const data = new KitData();
  const getter = new KitGetter();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getter);
    http.addToLinker(linker, getter);
  });
}
