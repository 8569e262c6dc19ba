import { type OutgoingHandlerHost } from "../../interfaces/http.ts";
import type { FutureIncomingResponse } from "../../interfaces/http-ctx.ts";
import type { ResolveAddressStream } from "../../interfaces/sockets-ctx.ts";
import { type IpNameLookupHost } from "../../interfaces/sockets.ts";
import type { KitData } from "../../interfaces/view.ts";
import type { Resource } from "../../runtime/resource-table.ts";
import { type Scenario } from "../scenario.ts";
/**
 * An embedder's own host that owns its state through a shared handle (Rust: `kit::SharedKit`, an
 * `Arc<Mutex<KitData>>`), so a getter may return a fresh handle by value; every handle reaches the
 * same KitData. It is no view, so no library's impl covers it: it is a host of its own.
 */
export declare class SharedKit implements IpNameLookupHost, OutgoingHandlerHost {
    #private;
    readonly kit: KitData;
    constructor(kit: KitData);
    /** `Arc::clone`: another handle to the same state. */
    clone(): SharedKit;
    resolveAddresses(name: string): Resource<ResolveAddressStream>;
    resolveNextAddress(stream: Resource<ResolveAddressStream>): number;
    dropResolveAddressStream(stream: Resource<ResolveAddressStream>): void;
    handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse>;
    futureStatus(response: Resource<FutureIncomingResponse>): number;
    dropFutureIncomingResponse(response: Resource<FutureIncomingResponse>): void;
}
export declare const ownedHost: Scenario;
