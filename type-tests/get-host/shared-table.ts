// scenario: shared-table
// expect: compiles
// rust: compiles
// The store data's own view structs, `d.socketsView()` and `d.httpView()`, both over its one table.
// Both languages take them (Rust through the annotation helper, rust-lang/rust#58052).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.httpView());
  });
}
