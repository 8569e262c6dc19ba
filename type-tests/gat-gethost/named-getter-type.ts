// scenario: named-getter-type
// expect: compiles
// rust: compiles
// The design's own form: one class implementing both interfaces' GetHost, its associated types
// declared (`declare readonly T: KitData`, the hosts the libraries' view structs) and its getters
// building a view on each call. Both languages take it, and the guest runs through it.
import { type HttpCtxView, KitData, linkBoth, type Linked, type SocketsCtxView } from "accessor-kit";
import { http, type HttpGetHost, sockets, type SocketsGetHost } from "../../designs/gat-gethost.ts";

class KitGetter implements SocketsGetHost, HttpGetHost {
  declare readonly T: KitData;
  declare readonly SocketsHost: SocketsCtxView;
  declare readonly HttpHost: HttpCtxView;
  getSocketsHost(data: KitData): SocketsCtxView {
    return data.socketsView();
  }
  getHttpHost(data: KitData): HttpCtxView {
    return data.httpView();
  }
}

export function link(): Linked<KitData> {
  const data = new KitData();
  const getter = new KitGetter();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getter);
    http.addToLinker(linker, getter);
  });
}
