// View: what a host needs from the store data, mirroring wasmtime-wasi's `WasiView` and
// wasmtime-wasi-http's `WasiHttpView`. Both views need the one shared ResourceTable plus their own
// ctx; KitData, the kit's default store data, satisfies both. SocketsCtxView and HttpCtxView are the
// view structs a library may build from two fields on every call (wasmtime-wasi's `WasiCtxView<'a>`
// after PR #11365): nominal classes, so that a design whose libraries implement Host only for them
// can refuse any other view, as Rust does.

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

/** Whether a value has a SocketsView's members (what a Rust `T: SocketsView` bound checks, by shape). */
export function isSocketsView(value: unknown): value is SocketsView {
  return typeof value === "object" && value !== null && "table" in value && "sockets" in value;
}

/** Whether a value has an HttpView's members. */
export function isHttpView(value: unknown): value is HttpView {
  return typeof value === "object" && value !== null && "table" in value && "http" in value;
}

/** `SocketsCtxView<'a> { table: &'a mut ResourceTable, ctx: &'a mut SocketsCtx }`: a SocketsView of two borrowed fields. */
export class SocketsCtxView implements SocketsView {
  readonly #kind = "sockets-ctx-view";

  constructor(
    readonly table: ResourceTable,
    readonly ctx: SocketsCtx,
  ) {}

  get sockets(): SocketsCtx {
    return this.ctx;
  }
}

/** `HttpCtxView<'a> { table: &'a mut ResourceTable, ctx: &'a mut HttpCtx }`: an HttpView of two borrowed fields. */
export class HttpCtxView implements HttpView {
  readonly #kind = "http-ctx-view";

  constructor(
    readonly table: ResourceTable,
    readonly ctx: HttpCtx,
  ) {}

  get http(): HttpCtx {
    return this.ctx;
  }
}

/** The default store data: one table shared by both interfaces, and each interface's ctx. */
export class KitData implements SocketsView, HttpView {
  readonly table = new ResourceTable();
  readonly sockets = new SocketsCtx();
  readonly http = new HttpCtx();

  /** `sockets_view()`: the sockets view struct of this data's table and sockets ctx. */
  socketsView(): SocketsCtxView {
    return new SocketsCtxView(this.table, this.sockets);
  }

  /** `http_view()`: the http view struct of this data's table and http ctx. */
  httpView(): HttpCtxView {
    return new HttpCtxView(this.table, this.http);
  }
}
