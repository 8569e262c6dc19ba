// scenario: one-getter-many-interfaces
// expect: error TS2345 at 14 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// expect: error TS2345 at 15 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// rust: error E0277
// One getter returning the store data for both interfaces: KitData is no host until wrapped, and each
// library has its own wrapper, so no single value serves both (TS2345; Rust E0277).
import { type Borrow, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const get = (d: Borrow<KitData>) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
