// scenario: named-getter-type
// expect: error TS2420 at 12 "'KitGetter' incorrectly implements interface"
// expect: error TS2420 at 12 "'KitGetter' incorrectly implements interface"
// expect: error TS2345 at 19 "'KitGetter' is not assignable to parameter of type"
// expect: error TS2345 at 20 "'KitGetter' is not assignable to parameter of type"
// rust: error E0277
// The design exports GetHost, but it is a function type: a class cannot implement it (TS2420), nor
// be passed as one (TS2345).
import { type HttpCtxView, KitData, linkBoth, type Linked, type SocketsCtxView } from "accessor-kit";
import { type GetHost, http, sockets } from "../../designs/get-host.ts";

class KitGetter implements GetHost<KitData, SocketsCtxView>, GetHost<KitData, HttpCtxView> {
}

export function link(): Linked<KitData> {
  const data = new KitData();
  const getter = new KitGetter();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, getter);
    http.addToLinkerGetHost(linker, getter);
  });
}
