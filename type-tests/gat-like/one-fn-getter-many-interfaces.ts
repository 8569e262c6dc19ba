// scenario: one-fn-getter-many-interfaces
// expect: error TS2345 at 17 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// expect: error TS2345 at 18 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// rust: error E0277
// One getter function, `HasSelf<KitData>` for both: refused as the const is, KitData is no host
// (TS2345; Rust E0277).
import { type Borrow, KitData, linkBoth, type Linked } from "accessor-kit";
import { type HasSelf, http, sockets } from "../../designs/gat-like.ts";

function get(d: Borrow<KitData>): Borrow<KitData> {
  return d;
}

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, get);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, get);
  });
}
