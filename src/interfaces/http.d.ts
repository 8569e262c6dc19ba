import { Resource } from "../runtime/resource-table.ts";
import { FutureIncomingResponse } from "./http-ctx.ts";
import { type Interface } from "./interface.ts";
import { ResolveAddressStream } from "./sockets-ctx.ts";
import type { HttpView } from "./view.ts";
export interface OutgoingHandlerHost {
    /** Sends a request to `authority` through the first address of `via`, a sockets stream. */
    handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse>;
    futureStatus(response: Resource<FutureIncomingResponse>): number;
    dropFutureIncomingResponse(response: Resource<FutureIncomingResponse>): void;
}
export declare const outgoingHandler: Interface<OutgoingHandlerHost>;
/** The http host over any HttpView (wasmtime-wasi-http's `impl<T: WasiHttpView> Host for T`). */
export declare class HttpViewHost implements OutgoingHandlerHost {
    readonly view: HttpView;
    constructor(view: HttpView);
    handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse>;
    futureStatus(response: Resource<FutureIncomingResponse>): number;
    dropFutureIncomingResponse(response: Resource<FutureIncomingResponse>): void;
}
