// scenario: fresh-view
// expect: compiles
// rust: compiles
// Each getter builds a new view of two fields on every call, the table and its interface's ctx: the
// view type the library's marker names.
// Rust: `add_to_linker::<_, WasiHttp>(l, |d| HttpCtxView { table: &mut d.table, ctx: &mut d.http })`.
// The marker's GAT `Data<'a>` says that the view borrows from the store data for the call.
// TypeScript: the marker names the view's type only; with no lifetimes nothing ties the view to the call.

import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Data, http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.sockets }));
    http.addToLinker<KitData, WasiHttp>(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
    expectTypeOf<Data<WasiSockets, KitData>>().toEqualTypeOf<SocketsViewHost>();
    expectTypeOf<Data<WasiHttp, KitData>>().toEqualTypeOf<HttpViewHost>();
  });
}
