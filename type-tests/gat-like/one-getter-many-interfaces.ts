// scenario: one-getter-many-interfaces
// expect: error TS2345 at 17 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// expect: error TS2345 at 18 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// rust: error E0277
// One getter returning the store data, with `HasSelf<KitData>` for both interfaces: D's view must be
// a host, and KitData is only a view; the libraries' hosts are their view structs (TS2345; Rust
// E0277). The two interfaces belong to two libraries here; within one library, one getter served all
// its interfaces under D7 (wasmtime-wasi's `add_to_linker::<T, HasWasi>(l, T::ctx)`,
// v36.0.0:crates/wasi/src/p2/mod.rs:341-357).
import { type Borrow, KitData, linkBoth, type Linked } from "accessor-kit";
import { type HasSelf, http, sockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const get = (d: Borrow<KitData>) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, get);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, get);
  });
}
