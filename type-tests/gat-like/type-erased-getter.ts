// scenario: type-erased-getter
// expect: compiles
// rust: compiles
// Both interfaces' getters are kept in one record, typed as plain functions from the store data to
// their markers' views, and linked later with those markers named.
// Rust: `struct Getters { sockets: fn(&mut KitData) -> SocketsCtxView<'_>, http: fn(&mut KitData) ->
// HttpCtxView<'_> }` holds concrete fn pointer types, which is the type erasure PR #10770 wanted and
// GetHost could not give (E0191, E0038).
// TypeScript: function types are already erased, in D3 as here.

import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Data, http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

/** The getters of both interfaces, each a function to its marker's view. */
interface Getters {
  readonly sockets: (data: KitData) => Data<WasiSockets, KitData>;
  readonly http: (data: KitData) => Data<WasiHttp, KitData>;
}

const getters: Getters = {
  sockets: (d) => new SocketsViewHost(d),
  http: (d) => new HttpViewHost(d),
};
expectTypeOf(getters.sockets).returns.toEqualTypeOf<SocketsViewHost>();
expectTypeOf(getters.http).returns.toEqualTypeOf<HttpViewHost>();

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, WasiSockets>(linker, getters.sockets);
    http.addToLinker<KitData, WasiHttp>(linker, getters.http);
  });
}
