// scenario: forwarding-impl-coherence
// expect: compiles
// rust: compiles
// The embedder's own store type implements both view interfaces; the libraries' hosts are written
// once over the interfaces (`impl Host for dyn SocketsView + '_`), not as a blanket over every
// view, so the bindings' `impl<_T: Host + ?Sized> Host for &mut _T` stays beside them and is what
// makes the getter's `&mut dyn SocketsView` a host: no overlap, no E0119, and the Rust twin
// compiles. That is what PR #8609 was for. In TypeScript nothing could overlap anyway:
// the design looks no impl up, it calls the one host over the interface with whatever view it gets.
import { HttpCtx, type HttpView, linkBoth, type Linked, ResourceTable, SocketsCtx, type SocketsView } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

class Embedder implements SocketsView, HttpView {
  readonly table = new ResourceTable();
  readonly sockets = new SocketsCtx();
  readonly http = new HttpCtx();
}

export function link(): Linked<Embedder> {
  const data = new Embedder();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
