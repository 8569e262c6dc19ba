// scenario: no-annotations
// expect: compiles
// rust: error nocode
// Both getters go straight to addToLinker, with no type arguments and no parameter annotations: one
// wraps the store data in its host, the other builds a view of two fields.
// Rust: the unannotated closure passed to `add_to_linker_get_host(l, |d| View { .. })` is checked
// against `impl for<'a> GetHost<&'a mut T>`, a trait rather than an `Fn` bound. It gets no
// higher-ranked signature (rust-lang/rust#58052): "lifetime may not live long enough" and
// "implementation of `FnOnce` is not general enough", both without a code. Hence `type_annotate`.
// TypeScript: GetHost is a call signature, so the arrow's parameter is contextually typed as the
// store data. With no lifetimes there is nothing higher-ranked to infer (findings B4, B6).

import { HttpViewHost, KitData, type Linked, Linker, SocketsViewHost, Store } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  const linker = new Linker<KitData>();
  sockets.addToLinker(linker, (d) => new SocketsViewHost(d));
  http.addToLinker(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
  return { linker, store: new Store(data), table: data.table };
}
