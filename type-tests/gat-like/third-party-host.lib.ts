// A third-party host library, another module: its host over its resolver state (the kit's Resolver,
// which the embedder keeps in its store data) and a table it is lent, and the HasData marker naming
// that host. The library exports the marker so that
// embedders can name it, as wasmtime #11693 / #11695 asked of wasmtime-wasi-http's WasiHttp.

import { type Resolver, type ResourceTable, SocketsViewHost } from "accessor-kit";
import type { HasData } from "../../designs/gat-like.ts";

/** The library's host: its resolver's names, resources in the embedder's table. */
export class ResolverHost extends SocketsViewHost {
  constructor(table: ResourceTable, resolver: Resolver) {
    super({ table, sockets: resolver.names });
  }
}

/** The library's marker: a getter for it returns a ResolverHost. */
export interface ResolverData extends HasData {
  readonly data: ResolverHost;
}
