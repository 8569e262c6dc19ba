// scenario: fresh-view
// expect: compiles
// rust: error E0515
// A view struct built on the call. TypeScript takes it: an interface is already a trait object. Rust
// does not: `&mut dyn SocketsView` would point at a temporary the closure drops (E0515), the case
// PR #8766 gives for leaving this design.
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new SocketsCtxView(d.table, d.sockets));
    http.addToLinkerGetHost(linker, (d) => new HttpCtxView(d.table, d.http));
  });
}
