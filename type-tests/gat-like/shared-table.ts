// scenario: shared-table
// expect: compiles
// rust: compiles
// KitData holds one table and each interface's ctx. Each call names the library's marker, and each
// getter returns that marker's view of the store data, so both hosts reach the one table.
// Rust: `add_to_linker::<_, WasiSockets>(l, |d| SocketsCtxView { table: &mut d.table, ctx: &mut
// d.sockets })` with `impl HasData for WasiSockets { type Data<'a> = SocketsCtxView<'a>; }`, as
// wasmtime-wasi's per-proposal markers do after PR #11365.

import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Data, http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, (d) => new SocketsViewHost(d));
    http.addToLinker<KitData, WasiHttp>(linker, (d) => new HttpViewHost(d));
    expectTypeOf<Data<WasiSockets, KitData>>().toEqualTypeOf<SocketsViewHost>();
    expectTypeOf<Data<WasiHttp, KitData>>().toEqualTypeOf<HttpViewHost>();
  });
}
