// scenario: fn-pointer-getter
// expect: compiles
// rust: compiles
// The same record as type-erased-getter in TypeScript. Rust's `fn` pointers are Copy, Send, Sync and
// 'static: D1's bound takes them.
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
