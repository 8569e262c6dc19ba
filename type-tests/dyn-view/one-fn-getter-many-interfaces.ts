// scenario: one-fn-getter-many-interfaces
// expect: compiles
// rust: error E0277
// One getter function returning the store data: TypeScript takes it (both views structurally), Rust
// refuses it (KitData is no Host, E0277).
import { type Borrow, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

function get(d: Borrow<KitData>): Borrow<KitData> {
  return d;
}

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
