// scenario: type-erased-getter
// expect: compiles
// rust: error E0277
// Getters in a record of function types: TypeScript takes them. Rust's boxed closures are not Copy,
// and GetHost's supertraits want `Fn + Copy` (E0277); PR #10770 names type erasure among GetHost's
// costs (a `dyn GetHost` instead: findings/get-host-not-dyn-compatible).
import { type HttpCtxView, KitData, linkBoth, type Linked, type SocketsCtxView } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

interface Getters {
  readonly sockets: (d: KitData) => SocketsCtxView;
  readonly http: (d: KitData) => HttpCtxView;
}

const getters: Getters = { sockets: (d) => d.socketsView(), http: (d) => d.httpView() };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, getters.sockets);
    http.addToLinkerGetHost(linker, getters.http);
  });
}
