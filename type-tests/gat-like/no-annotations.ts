// scenario: no-annotations
// expect: error TS2322 at 21 "name D"
// expect: error TS2322 at 22 "name D"
// rust: error E0283
// Both calls leave out the type arguments, as get-host allowed: the getters return the hosts that
// the libraries' markers name.
// Rust: nothing in the call determines D, so `add_to_linker(l, |d| ..)` is E0283 "type annotations
// needed ... cannot satisfy `_: HasData`", twice per call, even with one HasData impl in scope
// (spinframework/spin#3172 after wasmtime 34).
// TypeScript would silently fall back to the constraint, D = HasData with Data = unknown, and accept
// any getter (findings/hkt-parameter-fallback). The design turns that fallback into NameD: the getter must return a
// NameD, which no host is, so each call is TS2322 on the arrow's body, and the message says
// "name D". Naming D alone does not help (TS2558: T must be named too, findings/partial-type-arguments).

import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost(d));
    http.addToLinker(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
  });
}
