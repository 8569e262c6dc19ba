// A third-party host library, another module: it ships the sockets host over its resolver state
// (the kit's Resolver, which the embedder keeps in its store data) and a table it is lent. It knows
// no store type, so it cannot own the embedder's.

import { type IpNameLookupHost, type Resolver, type ResourceTable, SocketsViewHost } from "accessor-kit";

/** The library's host: its resolver's names, resources in the embedder's table. */
export function resolverHost(table: ResourceTable, resolver: Resolver): IpNameLookupHost {
  return new SocketsViewHost({ table, sockets: resolver.names });
}
