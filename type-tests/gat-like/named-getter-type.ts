// scenario: named-getter-type
// expect: error TS2345 at 17 "'KitGetter' is not assignable to parameter of type '(data:"
// expect: error TS2345 at 18 "'KitGetter' is not assignable to parameter of type '(data:"
// rust: error E0308
// The getter is a function and D names the view; there is no getter trait. A class instance where
// the getter must be a function: a class has no call signature (TS2345).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

class KitGetter {
}

export function link(): Linked<KitData> {
  const data = new KitData();
  const getter = new KitGetter();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, getter);
    http.addToLinker<KitData, WasiHttp>(linker, getter);
  });
}
