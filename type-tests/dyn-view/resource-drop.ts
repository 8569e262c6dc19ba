// scenario: resource-drop
// expect: compiles
// rust: compiles
// The store data as both views: the drops reach the libraries' hosts over the view.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
