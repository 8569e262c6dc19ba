// scenario: world-add-to-linker
// expect: compiles
// rust: error E0277
// get-host's world `addToLinker` (D1's); dyn-view's libraries take any view as a host, and the
// store data is both views, so TypeScript takes `(d) => d`.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d) => d);
  });
}
