// scenario: capturing-getter
// expect: compiles
// rust: error E0308
// The store data keeps one name table per region, and the embedder picks the region when it links:
// the sockets getter captures that local value.
// Rust: `let region = Region::Eu; add_to_linker::<_, WasiSockets>(l, move |d| SocketsCtxView {
// table: &mut d.table, ctx: d.region_mut(region) })`. A capturing closure does not coerce to the
// `fn(&mut T) -> D::Data<'_>` pointer: E0308 "expected fn pointer, found closure" (PR #10770).
// TypeScript: the getter's type is a function type, which any arrow satisfies, captures included.
// D7's no-capture rule has no counterpart.

import { HttpViewHost, linkBoth, type Linked, RegionalData, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Data, http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

export function link(): Linked<RegionalData> {
  const region = "eu";
  const data = new RegionalData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<RegionalData, WasiSockets>(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.regions[region] }));
    http.addToLinker<RegionalData, WasiHttp>(linker, (d) => new HttpViewHost(d));
    expectTypeOf<Data<WasiSockets, RegionalData>>().toEqualTypeOf<SocketsViewHost>();
    expectTypeOf<Data<WasiHttp, RegionalData>>().toEqualTypeOf<HttpViewHost>();
  });
}
