// scenario: fn-pointer-getter
// expect: error TS2345 at 21 "is not assignable to type 'SocketsGetHost'."
// expect: error TS2345 at 22 "is not assignable to type 'HttpGetHost'."
// rust: error E0277
// Getters kept as function values in a struct (TypeScript's spelling of a `fn` pointer). A closure
// is no GetHost: it has none of the trait's members (`T`, the host type, the getter method), so the
// argument is refused (TS2345).
import { type HttpCtxView, KitData, linkBoth, type Linked, type SocketsCtxView } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

interface Getters {
  readonly sockets: (d: KitData) => SocketsCtxView;
  readonly http: (d: KitData) => HttpCtxView;
}

const getters: Getters = { sockets: (d) => d.socketsView(), http: (d) => d.httpView() };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
