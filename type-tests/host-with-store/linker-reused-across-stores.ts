// scenario: linker-reused-across-stores
// expect: compiles
// rust: compiles
// shared-table's view structs under the libraries' markers, linked once: each call's `fn` getter is
// handed its own store's data, and WasiHttp's HostWithStore reaches the view through the accessor
// of the store the call runs in.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => d.socketsView());
    http.addToLinker<KitData, WasiHttp>(linker, (d) => d.httpView());
  });
}
