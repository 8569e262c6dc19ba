// scenario: cross-crate-orphan
// expect: compiles
// The libraries' lenders over view structs built for the call from the store package's public
// fields: the store data need not be a view, so the embedder declares nothing about it.
import { HttpCtxView, linkBoth, type Linked, SocketsCtxView, StoreData } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<StoreData> {
  const data = new StoreData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(new SocketsCtxView(d.table, d.socketsCtx), use));
    http.addToLinker(linker, (d, use) => lendHttpHost(new HttpCtxView(d.table, d.httpCtx), use));
  });
}
