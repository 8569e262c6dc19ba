// scenario: linker-reused-across-stores
// expect: compiles
// rust: compiles
// The store data wrapped in each library's newtype on every call, from the store the call runs in.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(d));
  });
}
