// scenario: fresh-view
// expect: error TS2322 at 14 "is not assignable to type 'Borrow<"
// expect: error TS2322 at 15 "is not assignable to type 'Borrow<"
// rust: error E0308
// A view struct built from two fields on the call is a value, not a borrow of the store data, so
// the getter's result is refused: TS2322 against `Borrow<U>` here, E0308 (expected `&mut U`, found
// the struct) in Rust. This is what wasmtime #8382 set out to allow.
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsCtxView(d.table, d.sockets));
    http.addToLinker(linker, (d) => new HttpCtxView(d.table, d.http));
  });
}
