// scenario: borrowed-store-data
// expect: error TS2345 at 22 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 22 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 23 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 23 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// Store data borrowing the embedder's state, its view structs from closures. A closure is no GetHost:
// it has none of the trait's members, so the argument is refused (TS2345), and with no function type
// expected its parameter stays untyped (TS7006).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

/** Store data that borrows the embedder's state: a reference, which is all TypeScript has of `&'a mut`. */
class App {
  constructor(readonly kit: KitData) {}
}

export function link(): Linked<App> {
  const kit = new KitData();
  const data = new App(kit);
  return linkBoth(data, kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit.socketsView());
    http.addToLinker(linker, (d) => d.kit.httpView());
  });
}
