// scenario: concurrent-host-call
// expect: compiles
// rust: error E0499
// run: fails "lent to 2 host calls at once"
// shared-table's wiring, driven by guests/concurrent.wat's two `await-status` calls in flight.
// `addInterfaceToLinker`, the async wiring every design's bindings use, calls the getter as a call
// starts and holds the host it returned across the await, so both calls hold the store data at once:
// the run fails (pinned). Rust: the same two calls are two `&mut` borrows of the store data (E0499).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => d.socketsView());
    http.addToLinker<KitData, WasiHttp>(linker, (d) => d.httpView());
  });
}
