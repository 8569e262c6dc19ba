// scenario: resource-drop
// expect: compiles
// rust: compiles
// shared-table's view structs under the libraries' markers: the drops are synchronous, so they stay
// on the Host the view structs are, and reach them through the getter as every other call does.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => d.socketsView());
    http.addToLinker<KitData, WasiHttp>(linker, (d) => d.httpView());
  });
}
