// scenario: fresh-view
// expect: compiles
// rust: compiles
// A view struct built on the call, wrapped: `WasiImpl(SocketsCtxView { .. })`, the by-value view PR
// #8766 made possible. Both languages take it.
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(new SocketsCtxView(d.table, d.sockets)));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(new HttpCtxView(d.table, d.http)));
  });
}
