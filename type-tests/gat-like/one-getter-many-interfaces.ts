// scenario: one-getter-many-interfaces
// rust: compiles
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
