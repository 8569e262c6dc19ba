// scenario: linker-reused-across-stores
// expect: compiles
// rust: compiles
// The store data's view structs, built on each call from the data of the store it runs in: one linker,
// each store's views over its own table.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.httpView());
  });
}
