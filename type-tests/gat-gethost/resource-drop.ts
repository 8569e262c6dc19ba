// scenario: resource-drop
// expect: error TS2345 at 15 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 15 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 16 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 16 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// Closures returning the store data's view structs: refused before any drop, as in shared-table (a
// closure is no GetHost).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.socketsView());
    http.addToLinker(linker, (d) => d.httpView());
  });
}
