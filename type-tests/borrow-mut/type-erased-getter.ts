// scenario: type-erased-getter
// expect: compiles
// rust: error E0277
// Getters in a record of function types: TypeScript takes them. Rust's boxed closures are not Copy (E0277).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

interface Getters {
  readonly sockets: (d: KitData) => KitData;
  readonly http: (d: KitData) => KitData;
}

const getters: Getters = { sockets: (d) => d, http: (d) => d };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
