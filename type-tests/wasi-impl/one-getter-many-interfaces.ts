// scenario: one-getter-many-interfaces
// expect: error TS2345 at 14 "'(d: KitData) => KitData' is not assignable to parameter of"
// expect: error TS2345 at 15 "'(d: KitData) => KitData' is not assignable to parameter of"
// rust: error E0277
// One getter returning the store data for both interfaces: KitData is no host until wrapped, and each
// library has its own wrapper, so no single value serves both (TS2345; Rust E0277).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
