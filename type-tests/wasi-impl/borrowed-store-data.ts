// scenario: borrowed-store-data
// expect: compiles
// rust: compiles
// Store data that borrows the embedder's KitData, wrapped for each library: both take it.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d.kit));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(d.kit));
  });
}
