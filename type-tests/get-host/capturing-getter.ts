// scenario: capturing-getter
// expect: compiles
// rust: compiles
// The store data keeps one name table per region, and the embedder picks the region when it links:
// the sockets getter captures that local value.
// Rust: `let region = Region::Eu;` (Copy) and `type_annotate(move |d| SocketsImpl { table: &mut
// d.table, ctx: d.region_mut(region) })`. GetHost's `Send + Sync + Copy + 'static` bound allows Copy
// captures. D7's fn pointers later refused them (E0308, PR #10770).
// TypeScript: any arrow may capture anything; GetHost asks nothing of what it closes over.

import { HttpViewHost, linkBoth, type Linked, RegionalData, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<RegionalData> {
  const region = "eu";
  const data = new RegionalData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.regions[region] }));
    http.addToLinker(linker, (d) => new HttpViewHost(d));
  });
}
