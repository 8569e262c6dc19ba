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
export declare function isSocketsView(value: unknown): value is SocketsView;
/** Whether a value has an HttpView's members. */
export declare function isHttpView(value: unknown): value is HttpView;
/** `SocketsCtxView<'a> { table: &'a mut ResourceTable, ctx: &'a mut SocketsCtx }`: a SocketsView of two borrowed fields. */
export declare class SocketsCtxView implements SocketsView {
    #private;
    readonly table: ResourceTable;
    readonly ctx: SocketsCtx;
    constructor(table: ResourceTable, ctx: SocketsCtx);
    get sockets(): SocketsCtx;
}
/** `HttpCtxView<'a> { table: &'a mut ResourceTable, ctx: &'a mut HttpCtx }`: an HttpView of two borrowed fields. */
export declare class HttpCtxView implements HttpView {
    #private;
    readonly table: ResourceTable;
    readonly ctx: HttpCtx;
    constructor(table: ResourceTable, ctx: HttpCtx);
    get http(): HttpCtx;
}
/** The default store data: one table shared by both interfaces, and each interface's ctx. */
export declare class KitData implements SocketsView, HttpView {
    readonly table: ResourceTable;
    readonly sockets: SocketsCtx;
    readonly http: HttpCtx;
    /** `sockets_view()`: the sockets view struct of this data's table and sockets ctx. */
    socketsView(): SocketsCtxView;
    /** `http_view()`: the http view struct of this data's table and http ctx. */
    httpView(): HttpCtxView;
}
