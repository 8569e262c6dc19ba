// scenario: named-getter-type
// expect: error TS2420 at 11 "'KitGetter' incorrectly implements interface"
// expect: error TS2420 at 11 "'KitGetter' incorrectly implements interface"
// expect: error TS2345 at 18 "'KitGetter' is not assignable to parameter of type"
// expect: error TS2345 at 19 "'KitGetter' is not assignable to parameter of type"
// rust: error E0277
// get-host's bindings, so get-host's GetHost, a function type: TS2420 and TS2345.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type GetHost, http, sockets, type WasiHttpImpl, type WasiImpl } from "../../designs/wasi-impl.ts";

class KitGetter implements GetHost<KitData, WasiImpl<KitData>>, GetHost<KitData, WasiHttpImpl<KitData>> {
}

export function link(): Linked<KitData> {
  const data = new KitData();
  const getter = new KitGetter();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, getter);
    http.addToLinkerGetHost(linker, getter);
  });
}
