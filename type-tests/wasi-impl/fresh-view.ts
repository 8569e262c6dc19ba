// scenario: fresh-view
// expect: compiles
// rust: compiles
// Each getter wraps a new view of two fields, the table and its interface's ctx, on every call.
// Rust: `type_annotate(|d| WasiImpl(SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets }))`.
// This is the `WasiImpl<Foo<'a>>` return that PR #8766 made possible, where a borrowed view could not
// become a `&mut dyn WasiView` (the D5 case, E0515).
// TypeScript: WasiImpl is generic in the view, so the literal's type is kept.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new WasiImpl({ table: d.table, sockets: d.sockets }));
    http.addToLinker(linker, (d) => new WasiHttpImpl({ table: d.table, http: d.http }));
  });
}
