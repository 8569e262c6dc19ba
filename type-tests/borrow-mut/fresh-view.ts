// scenario: fresh-view
// expect: compiles
// rust: error nocode
// A view struct built on the call: TypeScript takes it (a view is a host through the blanket impl).
// In Rust the view borrows the store data, so B (`SocketsCtxView<'a>`) cannot be one type for every
// borrow ("lifetime may not live long enough", no code): the general form does not give #8382 its
// borrowed views.
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsCtxView(d.table, d.sockets));
    http.addToLinker(linker, (d) => new HttpCtxView(d.table, d.http));
  });
}
