// scenario: world-add-to-linker
// expect: error TS2322 at 13 "NoHostWithStore"
// rust: error E0277
// The world's `addToLinker` with `HasSelf<KitData>`: the store data must be both interfaces' host,
// and with hosts on the libraries' view structs it is neither; `HasSelf<KitData>` also lacks http's
// HostWithStore (TS2322).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher, type HasSelf } from "../../designs/host-with-store.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
  });
}
