import { HttpViewHost, type HttpView, SocketsViewHost, type SocketsView } from "accessor-kit";
export { bindgen, type GetHost } from "./get-host.ts";
/** wasmtime-wasi's `WasiImpl<T>(pub T)`. */
export declare class WasiImpl<V extends SocketsView> {
    readonly view: V;
    constructor(view: V);
}
/** wasmtime-wasi-http's `WasiHttpImpl<T>(pub T)`. */
export declare class WasiHttpImpl<V extends HttpView> {
    readonly view: V;
    constructor(view: V);
}
/** The libraries' hosts: on their own wrappers, never on a bare view. */
export declare const libraries: {
    sockets: import("accessor-kit").HostImpl<"impl<T: SocketsView> IpNameLookupHost for WasiImpl<T>", WasiImpl<SocketsView>, SocketsViewHost>;
    http: import("accessor-kit").HostImpl<"impl<T: HttpView> OutgoingHandlerHost for WasiHttpImpl<T>", WasiHttpImpl<HttpView>, HttpViewHost>;
};
export declare const sockets: import("./get-host.ts").ForwardingBindings<import("accessor-kit").HostFor<{
    sockets: import("accessor-kit").HostImpl<"impl<T: SocketsView> IpNameLookupHost for WasiImpl<T>", WasiImpl<SocketsView>, SocketsViewHost>;
    http: import("accessor-kit").HostImpl<"impl<T: HttpView> OutgoingHandlerHost for WasiHttpImpl<T>", WasiHttpImpl<HttpView>, HttpViewHost>;
}, "sockets">>, http: import("./get-host.ts").ForwardingBindings<import("accessor-kit").HostFor<{
    sockets: import("accessor-kit").HostImpl<"impl<T: SocketsView> IpNameLookupHost for WasiImpl<T>", WasiImpl<SocketsView>, SocketsViewHost>;
    http: import("accessor-kit").HostImpl<"impl<T: HttpView> OutgoingHandlerHost for WasiHttpImpl<T>", WasiHttpImpl<HttpView>, HttpViewHost>;
}, "http">>;
