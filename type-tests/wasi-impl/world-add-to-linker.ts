// scenario: world-add-to-linker
// expect: error TS2322 at 12 "is not assignable to type 'WasiImpl<SocketsView> & WasiHttpImpl<HttpView>"
// rust: error E0277
// get-host's world `addToLinker` (D1's): one value must be both wrappers, `WasiImpl<SocketsView> &
// WasiHttpImpl<HttpView>`, which none is (TS2322).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d) => d);
  });
}
