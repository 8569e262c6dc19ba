// scenario: fresh-view
// expect: error TS2322 at 18 "is not assignable to type 'Borrow<SocketsViewHost>'"
// expect: error TS2322 at 19 "is not assignable to type 'Borrow<HttpViewHost>'"
// rust: error E0308
// Each getter builds a host over a view of two fields, the shared table and its own ctx. That is
// a new object, not a borrow of the store data, so the brand is missing: TS2322 on each arrow's
// body ("Property '[borrowedFromStoreData]' is missing"); a block-bodied getter would get TS2345
// on the whole argument instead (TS 7, checked by hand, not pinned). Rust refuses the same getters: the view is returned
// by value where `&mut U` is wanted (E0308), and following rustc's help to borrow it returns a
// reference to a temporary (E0515). This is the limit wasmtime #8382 was opened about. Where the
// two differ: TypeScript checks only what the getter returns, so `x as Borrow<X>` gets past it.
import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.sockets }));
    http.addToLinker(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
  });
}
