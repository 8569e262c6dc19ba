// scenario: one-fn-getter-many-interfaces
// expect: compiles
// rust: error nocode
// One `fn` item for both interfaces. TypeScript takes it. In Rust the item is higher-ranked,
// `for<'a> fn(&'a mut KitData) -> &'a mut KitData`, and B would have to be one type for all of them:
// "implementation of `Fn` is not general enough" (no code).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

function get(d: KitData): KitData {
  return d;
}

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
