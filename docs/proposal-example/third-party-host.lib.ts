// A third-party host library, another module: it lends the sockets host over its resolver state
// (the kit's Resolver, which the embedder keeps in its store data) and a table the embedder lends
// it. It knows no store type.

import { type IpNameLookupHost, type Resolver, type ResourceTable, SocketsViewHost } from "accessor-kit";

export function lendResolverHost<R>(table: ResourceTable, resolver: Resolver, use: (host: IpNameLookupHost) => R): R {
  return use(new SocketsViewHost({ table, sockets: resolver.names }));
}
