// scenario: shared-table
// expect: compiles
// The libraries' own lenders are the getters: the store data is a view of both interfaces, holding
// the one table and each interface's ctx, so each library lends its host over the store data as it
// is, and a stream resolved through sockets is read through http.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, lendSocketsHost);
    http.addToLinker(linker, lendHttpHost);
  });
}
