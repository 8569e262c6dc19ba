// scenario: fn-pointer-getter
// expect: compiles
// rust: error nocode
// The same record as type-erased-getter in TypeScript. Rust's `fn` pointers are higher-ranked,
// `for<'a> fn(&'a mut KitData) -> &'a mut KitData`, so no single B fits (no code).
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
