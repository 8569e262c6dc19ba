// scenario: cross-crate-orphan
// expect: compiles
// rust: error E0117 nocode
// `(d) => d` with the store data made a view.
// TypeScript has no orphan rule: the embedder merges the views into the store package's class
// (module augmentation of `accessor-kit`, where the class is exported) and puts their members on
// its prototype; both compilers take it, for every module of the program, and the guest runs
// through it. Rust refuses the impls (E0117) and, as always here, the borrow (no code).
import { type HttpView, linkBoth, type Linked, type SocketsView, StoreData } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<StoreData> {
  const data = new StoreData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}

declare module "accessor-kit" {
  interface StoreData extends SocketsView, HttpView {}
}
Object.defineProperties(StoreData.prototype, {
  sockets: { configurable: true, get(this: StoreData) { return this.socketsCtx; } },
  http: { configurable: true, get(this: StoreData) { return this.httpCtx; } },
});
