// scenario: resource-drop
// expect: compiles
// rust: compiles
// The store data's view structs: each drop is handed a view built for it, whose table is the store's.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.httpView());
  });
}
