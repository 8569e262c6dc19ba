// scenario: no-annotations
// expect: compiles
// rust: error nocode
// No type arguments on addToLinker and no parameter annotations: the store data is a plain object
// typed as the two views, and each getter returns it, `(d) => d`. The getter's bound is a function
// type, so `d` is typed from it. The Rust twin passes `|s| s as &mut dyn SocketsView` straight to
// `add_to_linker_get_host`, whose bound is `impl for<'a> GetHost<&'a mut T>`, not an `Fn` bound:
// the closure gets a signature for one lifetime only ("implementation of `FnOnce` is not general
// enough", no code; rust-lang/rust#58052). Hence the `type_annotate` at every call site of D5.
import { HttpCtx, type HttpView, linkBoth, type Linked, type Linker, ResourceTable, SocketsCtx, type SocketsView } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<SocketsView & HttpView> {
  const data: SocketsView & HttpView = { table: new ResourceTable(), sockets: new SocketsCtx(), http: new HttpCtx() };
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
    expectTypeOf(linker).toEqualTypeOf<Linker<SocketsView & HttpView>>();
  });
}
