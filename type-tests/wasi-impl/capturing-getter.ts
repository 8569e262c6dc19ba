// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The store data keeps one name table per region, and the embedder picks the region when it links:
// the sockets getter captures that local value.
// Rust: `let region = Region::Eu; type_annotate(move |d| WasiImpl(SocketsCtxView { table: &mut
// d.table, ctx: d.region_mut(region) }))`. The bindings are D3's, whose GetHost allows Copy captures.
// TypeScript: any arrow may capture anything.

import { KitData, type Linked, Linker, SocketsCtx, Store } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

/** Store data with one name table per region. */
class RegionalData extends KitData {
  readonly regions = { eu: new SocketsCtx(), us: new SocketsCtx({ localhost: ["127.0.0.2"] }) };
}

export function link(): Linked<RegionalData> {
  const region = "eu";
  const data = new RegionalData();
  const linker = new Linker<RegionalData>();
  sockets.addToLinker(linker, (d) => new WasiImpl({ table: d.table, sockets: d.regions[region] }));
  http.addToLinker(linker, (d) => new WasiHttpImpl(d));
  return { linker, store: new Store(data), table: data.table };
}
