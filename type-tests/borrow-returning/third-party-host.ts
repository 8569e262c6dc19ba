// scenario: third-party-host
// expect: compiles
// rust: compiles
// Another module's getter, HttpLender.get, is written for KitData (which neither module owns) and
// returns a lender, `{ [asMut]: () => host }`; the embedder passes it on unchanged and links
// sockets itself. Rust needs the hand-written getter type the proposal reserves for this: the
// twin's third-party module implements `BorrowHost<KitData, KitData>` for its lender and returns
// the `&mut KitData` it is given (a BorrowMut of the host), which compiles. Nothing has to be
// exported for the embedder to name in either language (contrast #11693's HasData marker).
import { KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-returning.ts";
import { HttpLender } from "./third-party-host.lib.ts";

export function link(): Linked<KitData> {
  const lender = new HttpLender();
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost(d));
    http.addToLinker(linker, lender.get);
  });
}
