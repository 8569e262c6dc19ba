// scenario: type-erased-getter
// expect: compiles
// rust: error E0308
// Getters in a record of function types: TypeScript takes them. A boxed closure is not the `fn`
// pointer D8's bindings take (E0308).
import { type HttpCtxView, KitData, linkBoth, type Linked, type SocketsCtxView } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

interface Getters {
  readonly sockets: (d: KitData) => SocketsCtxView;
  readonly http: (d: KitData) => HttpCtxView;
}

const getters: Getters = { sockets: (d) => d.socketsView(), http: (d) => d.httpView() };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, getters.sockets);
    http.addToLinker<KitData, WasiHttp>(linker, getters.http);
  });
}
