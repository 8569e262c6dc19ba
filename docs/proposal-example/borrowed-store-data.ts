// scenario: borrowed-store-data
// expect: compiles
// Store data that borrows the embedder's KitData: the lenders lend over the borrowed state.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d.kit, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d.kit, use));
  });
}
