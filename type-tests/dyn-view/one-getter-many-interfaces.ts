// scenario: one-getter-many-interfaces
// expect: compiles
// rust: error E0277
// One getter returning the store data for both interfaces. TypeScript takes it: KitData has both
// views' members, and a structural type needs no coercion. Rust refuses it: `&mut KitData` becomes a
// `&mut dyn View` only where a coercion to that type is asked for, so here it must be a Host itself,
// and KitData is none (E0277).
import { type Borrow, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const get = (d: Borrow<KitData>) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
