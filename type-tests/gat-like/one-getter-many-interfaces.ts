// scenario: one-getter-many-interfaces
// expect: error TS2345 at 15 "'(d: KitData) => KitData' is not assignable to parameter of"
// expect: error TS2345 at 16 "'(d: KitData) => KitData' is not assignable to parameter of"
// rust: error E0277
// One getter returning the store data, with `HasSelf<KitData>` for both interfaces: D's view must be
// a host, and KitData is only a view; the libraries' hosts are their view structs (TS2345; Rust
// E0277). One getter serves many interfaces only when the store data implements every Host itself.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type HasSelf, http, sockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, get);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, get);
  });
}
