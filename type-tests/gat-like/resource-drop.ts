// scenario: resource-drop
// expect: compiles
// rust: compiles
// The store data's view structs under the libraries' markers: the drops reach the hosts on the view
// structs.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => d.socketsView());
    http.addToLinker<KitData, WasiHttp>(linker, (d) => d.httpView());
  });
}
