// A third-party library, another module: it owns the embedder-facing store type and knows nothing
// of the WASI wrappers. Its state includes a name table for sockets and the http ctx.

import { HttpCtx, ResourceTable, SocketsCtx } from "accessor-kit";

export class VendorState {
  readonly resources = new ResourceTable();
  readonly dns = new SocketsCtx({ localhost: ["127.0.0.1"], "db.internal": ["10.0.0.5"] });
  readonly web = new HttpCtx();
}
