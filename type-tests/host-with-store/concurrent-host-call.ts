// scenario: concurrent-host-call
// expect: compiles
// rust: compiles
// shared-table's wiring, driven by guests/concurrent.wat's two `await-status` calls in flight. The
// bindings link `await-status` as WasiHttp's HostWithStore function, which reaches the view only
// inside `accessor.with` and holds nothing of the store across its await: the two calls overlap and
// the store is lent to one `with` at a time, so the run passes where every earlier design's fails.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => d.socketsView());
    http.addToLinker<KitData, WasiHttp>(linker, (d) => d.httpView());
  });
}
