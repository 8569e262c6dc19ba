// scenario: one-getter-many-interfaces
// expect: error TS2345 at 15 "is not assignable to type 'SocketsGetHost'."
// expect: error TS2345 at 16 "is not assignable to type 'HttpGetHost'."
// rust: error E0277
// One annotated getter closure for both interfaces. A closure is no GetHost: it has none of the
// trait's members (`T`, the host type, the getter method), so the argument is refused (TS2345),
// whatever the closure returns.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
