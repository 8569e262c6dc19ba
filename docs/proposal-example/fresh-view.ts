// scenario: fresh-view
// expect: compiles
// A view struct of two fields, built for the call and lent for it: the point of lending.
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(new SocketsCtxView(d.table, d.sockets), use));
    http.addToLinker(linker, (d, use) => lendHttpHost(new HttpCtxView(d.table, d.http), use));
  });
}
