// scenario: world-add-to-linker
// expect: compiles
// rust: compiles
// The world's `addToLinker`, D1's getter for both interfaces: the store data is every interface's
// host under these libraries (blanket hosts over every view), so `(d) => d` links the whole world,
// and the guest runs through it.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d) => d);
  });
}
