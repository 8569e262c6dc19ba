// scenario: borrowed-store-data
// expect: compiles
// rust: error E0521
// Store data that borrows the embedder's KitData. TypeScript has no lifetimes and takes it. Rust does
// not: D8 keeps D7's `T: 'static` (`T: 'static + Send` for http, whose `await-status` is concurrent),
// and `App<'a>` borrows for `'a` (E0521).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinker<App, WasiSockets>(linker, (d) => d.kit.socketsView());
    http.addToLinker<App, WasiHttp>(linker, (d) => d.kit.httpView());
  });
}
