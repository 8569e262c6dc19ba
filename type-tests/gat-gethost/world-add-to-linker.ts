// scenario: world-add-to-linker
// expect: error TS2345 at 13 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 13 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// The world's `addToLinker` takes one getter implementing both interfaces' GetHost over one `T`; a
// closure is none (TS2345, and TS7006 for its untyped parameter).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "../../designs/gat-gethost.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d) => d);
  });
}
