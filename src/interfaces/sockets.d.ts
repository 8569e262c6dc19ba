import { Resource } from "../runtime/resource-table.ts";
import { type Interface } from "./interface.ts";
import { ResolveAddressStream } from "./sockets-ctx.ts";
import type { SocketsView } from "./view.ts";
export interface IpNameLookupHost {
    resolveAddresses(name: string): Resource<ResolveAddressStream>;
    /** The next IPv4 address as a u32, 0 when done. */
    resolveNextAddress(stream: Resource<ResolveAddressStream>): number;
    dropResolveAddressStream(stream: Resource<ResolveAddressStream>): void;
}
export declare const ipNameLookup: Interface<IpNameLookupHost>;
/** The sockets host over any SocketsView (wasmtime-wasi's `impl<T: WasiView> Host for T`). */
export declare class SocketsViewHost implements IpNameLookupHost {
    readonly view: SocketsView;
    constructor(view: SocketsView);
    resolveAddresses(name: string): Resource<ResolveAddressStream>;
    resolveNextAddress(stream: Resource<ResolveAddressStream>): number;
    dropResolveAddressStream(stream: Resource<ResolveAddressStream>): void;
}
