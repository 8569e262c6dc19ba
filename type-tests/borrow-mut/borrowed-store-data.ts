// scenario: borrowed-store-data
// expect: compiles
// rust: error nocode
// Store data that borrows the embedder's KitData. TypeScript takes it. In Rust the one-type B again:
// `&mut *d.kit` cannot be one type for every borrow ("lifetime may not live long enough").
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit);
    http.addToLinker(linker, (d) => d.kit);
  });
}
