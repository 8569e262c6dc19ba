// scenario: no-annotations
// expect: compiles
// rust: error nocode
// No type arguments and no annotations, and an owned return: each getter wraps the store data in
// the kit's host over a view, `(d) => new SocketsViewHost(d)`. T comes from the linker, the
// parameter's type from the getter's function type, U from the return. In Rust the proposal's
// entry point takes `impl BorrowHost<T, U>`, a trait bound rather than an `Fn` bound, so a closure
// passed to it gets no higher-ranked signature (rust-lang/rust#58052): the twin, the host over
// the store data as `add_to_linker_borrow_host(linker, |s| s)`, fails with "implementation of `Fn`
// is not general enough" (no code), and `|s| &mut s.kit` fails earlier with E0282.
import { HttpViewHost, KitData, linkBoth, type Linked, type Linker, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { http, sockets } from "../../designs/borrow-returning.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost(d));
    http.addToLinker(linker, (d) => new HttpViewHost(d));
    expectTypeOf(linker).toEqualTypeOf<Linker<KitData>>();
  });
}
