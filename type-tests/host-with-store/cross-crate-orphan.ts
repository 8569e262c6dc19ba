// scenario: cross-crate-orphan
// expect: compiles
// rust: compiles
// The library's markers (`WasiSockets`, `WasiHttp`, public since #11695) name its view structs, built
// from the store package's public fields, and WasiHttp carries the library's HostWithStore: no
// declaration about the store data.
import { HttpCtxView, linkBoth, type Linked, SocketsCtxView, StoreData } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<StoreData> {
  const data = new StoreData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<StoreData, WasiSockets>(linker, (d) => new SocketsCtxView(d.table, d.socketsCtx));
    http.addToLinker<StoreData, WasiHttp>(linker, (d) => new HttpCtxView(d.table, d.httpCtx));
  });
}
