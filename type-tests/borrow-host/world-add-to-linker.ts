// scenario: world-add-to-linker
// expect: compiles
// rust: compiles
// The seed comment changed only the interface's function: the world keeps D1's `addToLinker`, which
// takes `(d) => d` as field-ref does.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "../../designs/borrow-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d) => d);
  });
}
