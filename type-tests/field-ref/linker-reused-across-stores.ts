// scenario: linker-reused-across-stores
// expect: compiles
// rust: compiles
// `d => d`, linked once: each call's getter is handed the data of the store it runs in, so a second
// store's hosts are its own data, with its own table.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
