import { type BindgenOptions, type CoherentOptions, type HasForwardingImpls, type HostFor, type HostImpl, type InterfaceName, type Linker } from "accessor-kit";
/** Gets a host from the store data. Every function of this shape is one: bindgen's blanket `impl GetHost for F`. */
export type GetHost<T, H> = (data: T) => H;
export interface GetHostBindings<Host> {
    /** `add_to_linker_get_host`: links the interface, reaching its host through `hostGetter` on every call. */
    addToLinkerGetHost<T>(linker: Linker<T>, hostGetter: GetHost<T, Host>): void;
}
export interface ForwardingBindings<Host> extends GetHostBindings<Host> {
    /** D1's `add_to_linker`, kept through the forwarding impl: a getter of a host already in the store data. */
    addToLinker<T, U extends Host>(linker: Linker<T>, get: (data: T) => U): void;
}
export type Bindings<O extends BindgenOptions> = {
    readonly [N in InterfaceName]: HasForwardingImpls<O> extends true ? ForwardingBindings<HostFor<O["impls"], N>> : GetHostBindings<HostFor<O["impls"], N>>;
};
/** bindgen! from PR #8448 on, with the libraries' impls checked against its forwarding impls. */
export declare function bindgen<const O extends BindgenOptions>(options: O & CoherentOptions<O>): Bindings<O>;
/** Libraries beside the forwarding impls: hosts on their own view structs. */
export declare const libraries: {
    sockets: HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", import("accessor-kit").SocketsCtxView, import("accessor-kit").SocketsViewHost>;
    http: HostImpl<"impl OutgoingHandlerHost for HttpCtxView<'_>", import("accessor-kit").HttpCtxView, import("accessor-kit").HttpViewHost>;
};
export declare const sockets: ForwardingBindings<HostFor<{
    sockets: HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", import("accessor-kit").SocketsCtxView, import("accessor-kit").SocketsViewHost>;
    http: HostImpl<"impl OutgoingHandlerHost for HttpCtxView<'_>", import("accessor-kit").HttpCtxView, import("accessor-kit").HttpViewHost>;
}, "sockets">>, http: ForwardingBindings<HostFor<{
    sockets: HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", import("accessor-kit").SocketsCtxView, import("accessor-kit").SocketsViewHost>;
    http: HostImpl<"impl OutgoingHandlerHost for HttpCtxView<'_>", import("accessor-kit").HttpCtxView, import("accessor-kit").HttpViewHost>;
}, "http">>;
