// scenario: no-annotations
// expect: compiles
// rust: error nocode
// Both getters go straight to addToLinker, with no type arguments and no parameter annotations.
// Rust: `add_to_linker_get_host(l, |t| WasiImpl(t))` without `type_annotate` hits
// rust-lang/rust#58052: "implementation of `FnOnce` is not general enough" / "lifetime may not live
// long enough", without a code. That is why PR #8766 wrapped every closure in `type_annotate`.
// TypeScript: the arrow is contextually typed by GetHost's call signature (findings/closure-signature-not-deduced), so
// typeAnnotate is needed only for a getter declared apart from the call.

import { KitData, linkBoth, type Linked, type Linker } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new WasiImpl(d));
    http.addToLinker(linker, (d) => new WasiHttpImpl({ table: d.table, http: d.http }));
    expectTypeOf(linker).toEqualTypeOf<Linker<KitData>>();
  });
}
