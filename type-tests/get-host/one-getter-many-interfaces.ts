// scenario: one-getter-many-interfaces
// rust: compiles
// One getter returning the store data, kept in a const, for both interfaces. KitData is no host here
// (only the libraries' view structs are), so both languages refuse it: TS2345, Rust E0277.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
