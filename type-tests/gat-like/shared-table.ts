// scenario: shared-table
// expect: compiles
// rust: compiles
// KitData holds one table and each interface's ctx. Each call names the library's marker, and each
// getter returns that marker's view of the store data, so both hosts reach the one table.
// Rust: `add_to_linker::<_, WasiSockets>(l, |d| SocketsCtxView { table: &mut d.table, ctx: &mut
// d.sockets })` with `impl HasData for WasiSockets { type Data<'a> = SocketsCtxView<'a>; }`, as
// wasmtime-wasi's per-proposal markers do after PR #11365.

import { HttpViewHost, KitData, type Linked, Linker, SocketsViewHost, Store } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  const linker = new Linker<KitData>();
  sockets.addToLinker<KitData, WasiSockets>(linker, (d) => new SocketsViewHost(d));
  http.addToLinker<KitData, WasiHttp>(linker, (d) => new HttpViewHost(d));
  return { linker, store: new Store(data), table: data.table };
}
