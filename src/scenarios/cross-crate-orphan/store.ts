// The store package of the cross-crate-orphan scenario: store data as another package defines it
// (the Rust twin's crate `store`, rust/twins/<design>/cross-crate-orphan/2-store.rs). Its state is
// in public fields of the kit's types, named its own way, and it implements none of the views: the
// package was written for no library's view in particular.

import { HttpCtx } from "../../interfaces/http-ctx.ts";
import { SocketsCtx } from "../../interfaces/sockets-ctx.ts";
import { ResourceTable } from "../../runtime/resource-table.ts";

export class StoreData {
  readonly table = new ResourceTable();
  readonly socketsCtx = new SocketsCtx();
  readonly httpCtx = new HttpCtx();
}
