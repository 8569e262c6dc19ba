// scenario: one-fn-getter-many-interfaces
// expect: compiles
// rust: compiles
// One getter function, annotated as Rust's `fn get(d: &mut KitData) -> &mut KitData` is, passed to
// both interfaces. Both languages take it: a `fn` item's signature is higher-ranked.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type Borrow, http, sockets } from "../../designs/field-ref.ts";

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
