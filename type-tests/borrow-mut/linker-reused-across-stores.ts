// scenario: linker-reused-across-stores
// expect: compiles
// rust: error nocode
// `d => d`, linked once: TypeScript takes it and each store's hosts are its own data. Rust refuses the
// link itself, as in shared-table (no code).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
