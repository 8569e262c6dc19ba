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
// store data. With no lifetimes there is nothing higher-ranked to infer (findings/closure-signature-not-deduced).

import { HttpViewHost, KitData, linkBoth, type Linked, type Linker, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost(d));
    http.addToLinker(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
    expectTypeOf(linker).toEqualTypeOf<Linker<KitData>>();
  });
}
