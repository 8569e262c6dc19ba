// scenario: shared-table
// expect: compiles
// rust: compiles
// `d => d`, Rust's `|t| t`: the store data is both views, so the blanket impls make it the host of
// both interfaces and both reach its one table.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
