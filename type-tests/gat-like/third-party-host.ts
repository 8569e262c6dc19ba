// scenario: third-party-host
// expect: compiles
// rust: compiles
// The sockets host and its marker come from another module (third-party-host.lib.ts), which cannot
// know the store type. The embedder names the library's marker, and its getter lends the library the
// shared table.
// Rust: `add_to_linker::<_, ResolverData>(l, |d| ResolverHost::new(&mut d.table, &mut d.resolver))`
// compiles once the library exports its marker (wasmtime #11693 / #11695). Without it, the embedder
// would have to implement the library's View trait for its store type, which the orphan rule
// refuses when that type comes from a third crate.
// TypeScript has no orphan rule, so the embedder could also declare a marker of its own.

import { AppData, HttpViewHost, linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Data, http, sockets, type WasiHttp } from "../../designs/gat-like.ts";
import { type ResolverData, ResolverHost } from "./third-party-host.lib.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<AppData, ResolverData>(linker, (d) => new ResolverHost(d.table, d.resolver));
    http.addToLinker<AppData, WasiHttp>(linker, (d) => new HttpViewHost(d));
    expectTypeOf<Data<ResolverData, AppData>>().toEqualTypeOf<ResolverHost>();
    expectTypeOf<Data<WasiHttp, AppData>>().toEqualTypeOf<HttpViewHost>();
  });
}
