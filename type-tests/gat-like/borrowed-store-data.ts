// scenario: borrowed-store-data
// expect: compiles
// rust: error E0521
// Store data that borrows the embedder's KitData. TypeScript has no lifetimes and takes it. Rust does
// not: from wasmtime 34 `add_to_linker` asks `T: 'static` (and Store and Linker too, PR #10760), and
// `App<'a>` borrows for `'a` ("borrowed data escapes outside of function", E0521). spinframework/spin#3172
// met the same bound on its store types.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

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
