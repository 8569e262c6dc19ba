// scenario: cross-crate-orphan
// expect: compiles
// rust: compiles
// The library's view struct built from the store package's public fields: a host with no
// declaration about the store data, in both languages.
import { HttpCtxView, linkBoth, type Linked, SocketsCtxView, StoreData } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<StoreData> {
  const data = new StoreData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new SocketsCtxView(d.table, d.socketsCtx));
    http.addToLinkerGetHost(linker, (d) => new HttpCtxView(d.table, d.httpCtx));
  });
}
