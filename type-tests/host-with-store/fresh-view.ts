// scenario: fresh-view
// expect: compiles
// rust: compiles
// A view struct built from two fields on every call, named by the library's marker (which has the
// library's HostWithStore): both take it.
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => new SocketsCtxView(d.table, d.sockets));
    http.addToLinker<KitData, WasiHttp>(linker, (d) => new HttpCtxView(d.table, d.http));
  });
}
