// scenario: type-erased-getter
// expect: compiles
// rust: error E0277
// Getters kept in a record of function types: TypeScript takes them. Rust boxes them; a
// `Box<dyn Fn>` is not Copy, which both entry points want (E0277).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type Borrow, http, sockets } from "../../designs/borrow-host.ts";

interface Getters {
  readonly sockets: (d: Borrow<KitData>) => Borrow<KitData>;
  readonly http: (d: Borrow<KitData>) => Borrow<KitData>;
}

const getters: Getters = { sockets: (d) => d, http: (d) => d };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
