// A third-party host library, another module: it keeps its own resolver state and lends the sockets
// host over that state and a table the embedder lends it. It knows no store type.

import { type IpNameLookupHost, type ResourceTable, SocketsCtx, SocketsViewHost } from "accessor-kit";

export class Resolver {
  readonly names = new SocketsCtx({ localhost: ["127.0.0.1"] });
}

export function lendResolverHost<R>(table: ResourceTable, resolver: Resolver, use: (host: IpNameLookupHost) => R): R {
  return use(new SocketsViewHost({ table, sockets: resolver.names }));
}
