// scenario: world-add-to-linker
// expect: error TS2345 at 11 "'KitData' is not assignable to parameter of type"
// One lender for the whole world: it must lend a host of both interfaces, and the store data is a
// view of both but the host of neither (the libraries lend their hosts over views one by one).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d, use) => use(d));
  });
}
