// scenario: linker-reused-across-stores
// expect: compiles
// shared-table's lenders, linked once: a lender is handed the store data of the call it lends for,
// and captures nothing, so each store's calls reach only that store's hosts.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}
