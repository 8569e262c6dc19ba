// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The store data keeps one name table per region, and the embedder picks the region when it links:
// the sockets getter captures that local value.
// Rust: `let region = Region::Eu; type_annotate(move |d| WasiImpl(SocketsCtxView { table: &mut
// d.table, ctx: d.region_mut(region) }))`. The bindings are D3's, whose GetHost allows Copy captures.
// TypeScript: any arrow may capture anything.

import { linkBoth, type Linked, RegionalData } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<RegionalData> {
  const region = "eu";
  const data = new RegionalData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new WasiImpl({ table: d.table, sockets: d.regions[region] }));
    http.addToLinker(linker, (d) => new WasiHttpImpl(d));
  });
}
