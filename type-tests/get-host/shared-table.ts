// scenario: shared-table
// rust: compiles
// (prose)
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.httpView());
  });
}
