// scenario: resource-drop
// expect: compiles
// The store data is a view of both interfaces: every drop reaches the host lent over it.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}
