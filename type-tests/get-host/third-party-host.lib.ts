// A third-party host library, another module: it ships its resolver state and the sockets host
// over it and a table it is lent. It knows no store type, so it cannot own the embedder's.

import { type IpNameLookupHost, type ResourceTable, SocketsCtx, SocketsViewHost } from "accessor-kit";

export class Resolver {
  readonly names = new SocketsCtx({ localhost: ["127.0.0.1"], "db.internal": ["10.0.0.5"] });
}

/** The library's host: its resolver's names, resources in the embedder's table. */
export function resolverHost(table: ResourceTable, resolver: Resolver): IpNameLookupHost {
  return new SocketsViewHost({ table, sockets: resolver.names });
}
