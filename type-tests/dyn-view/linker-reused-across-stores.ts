// scenario: linker-reused-across-stores
// expect: compiles
// rust: compiles
// The store data as both views, linked once: each call's getter is handed its own store's data.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
