// scenario: one-fn-getter-many-interfaces
// expect: compiles
// rust: compiles
// One getter function for both interfaces: a `fn` item's signature is higher-ranked, so both
// languages take it.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type Borrow, http, sockets } from "../../designs/borrow-host.ts";

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
