// scenario: cross-crate-orphan
// expect: compiles
// rust: compiles
// `new WasiImpl(new SocketsCtxView(..))` from the store package's public fields: no declaration
// about the store data, in both languages.
import { HttpCtxView, linkBoth, type Linked, SocketsCtxView, StoreData } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<StoreData> {
  const data = new StoreData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(new SocketsCtxView(d.table, d.socketsCtx)));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(new HttpCtxView(d.table, d.httpCtx)));
  });
}
