// scenario: concurrent-host-call
// expect: error TS2345 at 16 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 16 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 17 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 17 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277 E0499
// shared-table's wiring, which D4 refuses as it does there: a closure is no GetHost (TS2345), so
// nothing runs. Rust: the same refusal (E0277), and the two `await-status` calls in flight are two
// `&mut` borrows of the store data (E0499).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.socketsView());
    http.addToLinker(linker, (d) => d.httpView());
  });
}
