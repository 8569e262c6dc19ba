// scenario: borrowed-store-data
// expect: compiles
// rust: compiles
// Store data that borrows the embedder's KitData: as under field-ref, nothing is asked of T.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/borrow-host.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(d, "kit"));
    http.addToLinker(linker, (d) => field(d, "kit"));
  });
}
