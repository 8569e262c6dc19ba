// scenario: fresh-view
// expect: compiles
// rust: error E0271
// Each getter builds a host over a view of two fields on every call and returns it by value: the
// proposal's headline case, and TypeScript accepts it (U is the host class, inferred from the
// return). Rust does not: the proposal's only closure impl is for `Fn(&mut T) -> &mut U`, so a
// closure returning `SocketsCtxView<'_>` is E0271 ("expected ... to return `&mut _`"; the twin
// annotates `s: &mut KitData`, since E0282 comes first without it). A hand-written getter type
// cannot help either: U would have to name the view's lifetime, which is chosen per call
// (#8382: U sits outside the borrow of the store data). TypeScript has no lifetime to name.
import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-returning.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.sockets }));
    http.addToLinker(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
  });
}
