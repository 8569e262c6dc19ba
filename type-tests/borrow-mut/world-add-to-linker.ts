// scenario: world-add-to-linker
// expect: compiles
// rust: error nocode
// The world's getter generalised as the interfaces' are: `(d) => d` is every interface's host here,
// and runs.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "../../designs/borrow-mut.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d) => d);
  });
}
