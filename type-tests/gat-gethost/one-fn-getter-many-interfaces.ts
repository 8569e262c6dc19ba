// scenario: one-fn-getter-many-interfaces
// expect: error TS2345 at 16 "is not assignable to type 'SocketsGetHost'."
// expect: error TS2345 at 17 "is not assignable to type 'HttpGetHost'."
// rust: error E0277
// One getter function for both interfaces. A function is no GetHost either (TS2345).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

function get(d: KitData): KitData {
  return d;
}

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
