// scenario: shared-table
// expect: error TS2345 at 16 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 16 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 17 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 17 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// The store data's view structs over its one table, from closures. A closure is no GetHost: it has
// none of the trait's members (`T`, the host type, the getter method), so the argument is refused
// (TS2345), and with no function type expected its parameter stays untyped (TS7006).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.socketsView());
    http.addToLinker(linker, (d) => d.httpView());
  });
}
