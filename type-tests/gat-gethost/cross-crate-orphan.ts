// scenario: cross-crate-orphan
// expect: compiles
// rust: compiles
// The embedder's own getter class implements both GetHosts over the store package's data; Rust
// allows the same impls (a local type), so both languages take it.
import { HttpCtxView, linkBoth, type Linked, SocketsCtxView, StoreData } from "accessor-kit";
import { http, type HttpGetHost, sockets, type SocketsGetHost } from "../../designs/gat-gethost.ts";

export function link(): Linked<StoreData> {
  const data = new StoreData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, new StoreGetter());
    http.addToLinker(linker, new StoreGetter());
  });
}

class StoreGetter implements SocketsGetHost, HttpGetHost {
  declare readonly T: StoreData;
  declare readonly SocketsHost: SocketsCtxView;
  declare readonly HttpHost: HttpCtxView;
  getSocketsHost(d: StoreData): SocketsCtxView {
    return new SocketsCtxView(d.table, d.socketsCtx);
  }
  getHttpHost(d: StoreData): HttpCtxView {
    return new HttpCtxView(d.table, d.httpCtx);
  }
}
