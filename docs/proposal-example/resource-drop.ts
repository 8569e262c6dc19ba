// scenario: resource-drop
// expect: compiles
// shared-table's lenders: a drop is a call like any other, so each is lent the host that owns the
// table and reaches it.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}
