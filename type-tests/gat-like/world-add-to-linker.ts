// scenario: world-add-to-linker
// expect: error TS2322 at 12 "'Borrow<KitData>' is not assignable to type 'KitData & {"
// rust: error E0277
// The world's `addToLinker` with `HasSelf<KitData>`: the store data must be both interfaces' host,
// and with hosts on the libraries' view structs it is neither (TS2322).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher, type HasSelf } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
  });
}
