// scenario: borrowed-store-data
// expect: compiles
// rust: compiles
// Store data that borrows the embedder's KitData, its state lent as the view interface: both take it.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.kit);
    http.addToLinkerGetHost(linker, (d) => d.kit);
  });
}
