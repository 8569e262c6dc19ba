// scenario: fn-pointer-getter
// expect: compiles
// rust: compiles
// The same record in TypeScript. Rust's `fn` pointers returning the view structs are Copy, Send,
// Sync and 'static: GetHost takes them.
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
