// scenario: borrowed-store-data
// expect: compiles
// rust: compiles
// Store data that borrows the embedder's KitData: wasmtime 21 to 33 put no bound on T in sync bindings
// (`T: Send` under async), so both languages take the view of the borrowed state.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.kit.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.kit.httpView());
  });
}
