// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The store data keeps one name table per region, and the embedder picks the region when it links:
// the sockets getter captures that local value.
// Rust: `let region = Region::Eu;` (Copy) and `type_annotate(move |d| SocketsImpl { table: &mut
// d.table, ctx: d.region_mut(region) })`. GetHost's `Send + Sync + Copy + 'static` bound allows Copy
// captures. D7's fn pointers later refused them (E0308, PR #10770).
// TypeScript: any arrow may capture anything; GetHost asks nothing of what it closes over.

import { HttpViewHost, KitData, type Linked, Linker, SocketsCtx, SocketsViewHost, Store } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

/** Store data with one name table per region. */
class RegionalData extends KitData {
  readonly regions = { eu: new SocketsCtx(), us: new SocketsCtx({ localhost: ["127.0.0.2"] }) };
}

export function link(): Linked<RegionalData> {
  const region = "eu";
  const data = new RegionalData();
  const linker = new Linker<RegionalData>();
  sockets.addToLinker(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.regions[region] }));
  http.addToLinker(linker, (d) => new HttpViewHost(d));
  return { linker, store: new Store(data), table: data.table };
}
