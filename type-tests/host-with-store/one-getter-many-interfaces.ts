// scenario: one-getter-many-interfaces
// expect: error TS2345 at 15 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// expect: error TS2345 at 16 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// rust: error E0277
// One getter returning the store data, with `HasSelf<KitData>` for both interfaces: D's view must be
// a host, and KitData is only a view; the libraries' hosts are their view structs (TS2345; Rust
// E0277), and `HasSelf<KitData>` has no HostWithStore for http.
import { type Borrow, KitData, linkBoth, type Linked } from "accessor-kit";
import { type HasSelf, http, sockets } from "../../designs/host-with-store.ts";

export function link(): Linked<KitData> {
  const get = (d: Borrow<KitData>) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, get);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, get);
  });
}
