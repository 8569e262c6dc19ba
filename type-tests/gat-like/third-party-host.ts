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

import { HttpCtx, HttpViewHost, type Linked, Linker, ResourceTable, Store } from "accessor-kit";
import { http, sockets, type WasiHttp } from "../../designs/gat-like.ts";
import { Resolver, type ResolverData, ResolverHost } from "./third-party-host.lib.ts";

/** The embedder's store data: the shared table, the library's state and the http ctx. */
class AppData {
  readonly table = new ResourceTable();
  readonly resolver = new Resolver();
  readonly http = new HttpCtx();
}

export function link(): Linked<AppData> {
  const data = new AppData();
  const linker = new Linker<AppData>();
  sockets.addToLinker<AppData, ResolverData>(linker, (d) => new ResolverHost(d.table, d.resolver));
  http.addToLinker<AppData, WasiHttp>(linker, (d) => new HttpViewHost(d));
  return { linker, store: new Store(data), table: data.table };
}
