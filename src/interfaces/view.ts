// View: what a host needs from the store data, mirroring wasmtime-wasi's `WasiView` and
// wasmtime-wasi-http's `WasiHttpView`. Both views need the one shared ResourceTable plus their own
// ctx; KitData, the kit's default store data, satisfies both.

import { ResourceTable } from "../runtime/resource-table.ts";
import { HttpCtx } from "./http-ctx.ts";
import { SocketsCtx } from "./sockets-ctx.ts";

export interface SocketsView {
  readonly table: ResourceTable;
  readonly sockets: SocketsCtx;
}

export interface HttpView {
  readonly table: ResourceTable;
  readonly http: HttpCtx;
}

/** The default store data: one table shared by both interfaces, and each interface's ctx. */
export class KitData implements SocketsView, HttpView {
  readonly table = new ResourceTable();
  readonly sockets = new SocketsCtx();
  readonly http = new HttpCtx();
}
