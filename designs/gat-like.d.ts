import { type BindgenOptions, type CoherentOptions, type HostFor, type HostImpl, type HttpCtxView, type InterfaceName, type Libraries, type Linker, type SocketsCtxView } from "accessor-kit";
/** A marker: a type-level function from the borrowed store data (`store`) to a view (`data`), Rust's `type Data<'a>`. */
export interface HasData {
    readonly store: unknown;
    readonly data: unknown;
}
/** D applied to the store data T: `D::Data<'a>`. */
export type Data<D extends HasData, T> = (D & {
    readonly store: T;
})["data"];
/** `HasSelf<T>`: the getter hands out a T it borrows from the store data (`type Data<'a> = &'a mut T`). */
export interface HasSelf<T> extends HasData {
    readonly data: T;
}
/** What a getter must return when D is left out: no host has this property, so the call fails to compile. */
export interface NameD {
    readonly "error: name D, as in addToLinker<T, HasSelf<T>>(linker, getter)": never;
}
/**
 * The view D names for store data T, or NameD when D is the bare HasData constraint: what an
 * omitted D falls back to, since nothing in the call infers it.
 */
export type NamedView<D extends HasData, T> = HasData extends D ? NameD : Data<D, T>;
/** wasmtime-wasi's markers (`WasiSockets`, and `WasiHttp` once #11695 made it public): their view structs. */
export interface WasiSockets extends HasData {
    readonly data: SocketsCtxView;
}
export interface WasiHttp extends HasData {
    readonly data: HttpCtxView;
}
export interface InterfaceBindings<Host> {
    /** Links the interface; `hostGetter` must return D's view of the store data, and that view must be a host. */
    addToLinker<T, D extends HasData>(linker: Linker<T>, hostGetter: (data: T) => NamedView<D, T> & Host): void;
}
export type Bindings<L extends Libraries> = {
    readonly [N in InterfaceName]: InterfaceBindings<HostFor<L, N>>;
};
/** bindgen! at wasmtime 34, with the libraries' impls checked against its forwarding impls. */
export declare function bindgen<const O extends BindgenOptions>(options: O & CoherentOptions<O>): Bindings<O["impls"]>;
/** wasmtime-wasi's libraries from PR #11365 on: hosts on their view structs. */
export declare const libraries: {
    sockets: HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", SocketsCtxView, import("accessor-kit").SocketsViewHost>;
    http: HostImpl<"impl OutgoingHandlerHost for HttpCtxView<'_>", HttpCtxView, import("accessor-kit").HttpViewHost>;
};
export declare const sockets: InterfaceBindings<HostFor<{
    sockets: HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", SocketsCtxView, import("accessor-kit").SocketsViewHost>;
    http: HostImpl<"impl OutgoingHandlerHost for HttpCtxView<'_>", HttpCtxView, import("accessor-kit").HttpViewHost>;
}, "sockets">>, http: InterfaceBindings<HostFor<{
    sockets: HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", SocketsCtxView, import("accessor-kit").SocketsViewHost>;
    http: HostImpl<"impl OutgoingHandlerHost for HttpCtxView<'_>", HttpCtxView, import("accessor-kit").HttpViewHost>;
}, "http">>;
