import type { CheckCoherence, Impl } from "../coherence/overlap.ts";
import { HttpViewHost, type OutgoingHandlerHost } from "./http.ts";
import type { Interface } from "./interface.ts";
import { type IpNameLookupHost, SocketsViewHost } from "./sockets.ts";
import { HttpCtxView, SocketsCtxView } from "./view.ts";
/** The world's interfaces by name, with the Host trait each one generates. */
export interface WorldHosts {
    readonly sockets: IpNameLookupHost;
    readonly http: OutgoingHandlerHost;
}
export type InterfaceName = keyof WorldHosts;
export declare const world: {
    readonly [N in InterfaceName]: Interface<WorldHosts[N]>;
};
/** The Host trait's name per interface, as impl headers print it. */
export interface HostTraitName {
    readonly sockets: "IpNameLookupHost";
    readonly http: "OutgoingHandlerHost";
}
/**
 * A library's `impl Host for Self`: its header as rustc prints it, the Self values it covers (a run
 * time test, since TypeScript cannot select by type) and the host it makes of one.
 */
export interface HostImpl<Header extends string, Self, H> {
    readonly header: Header;
    /** Whether a value is one this impl applies to. */
    isSelf(value: unknown): value is Self;
    host(self: Self): H;
}
export declare function hostImpl<const Header extends string, Self, H>(header: Header, isSelf: (value: unknown) => value is Self, host: (self: Self) => H): HostImpl<Header, Self, H>;
/** The libraries' Host impls, per interface: what `libraries!()` is in a Rust twin. */
export type Libraries = {
    readonly [N in InterfaceName]?: HostImpl<string, unknown, WorldHosts[N]>;
};
/** The Self type of a library impl. */
export type SelfOf<I> = I extends HostImpl<string, infer Self, unknown> ? Self : never;
/** What a getter for interface N may hand back: a host, or a value the libraries make a host of. */
export type HostFor<L extends Libraries, N extends InterfaceName> = WorldHosts[N] | SelfOf<L[N]>;
/** At run time: the host for a getter's result, through the library's impl where it covers the value. */
export declare function hostFor<H>(impl: HostImpl<string, unknown, H> | undefined, value: unknown): H;
/** bindgen!'s `impl<_T: Host + ?Sized> Host for &mut _T` for interface N, as coherence sees it. */
export type ForwardingImpl<N extends InterfaceName> = Impl<`impl<_T: ${HostTraitName[N]} + ?Sized> ${HostTraitName[N]} for &mut _T`, WorldHosts[N]>;
/** A library impl as coherence sees it. */
export type AsImpl<I> = I extends HostImpl<infer Header, infer Self, unknown> ? Impl<Header, Self> : never;
/** What every design's `bindgen` is given: the libraries' impls, and the opt-out where the design has it. */
export interface BindgenOptions<L extends Libraries = Libraries> {
    readonly impls: L;
    readonly skipMutForwardingImpls?: boolean;
}
/** Whether bindings generated with options O carry the forwarding impls: unless they opt out. */
export type HasForwardingImpls<O extends BindgenOptions> = O["skipMutForwardingImpls"] extends true ? false : true;
/**
 * The check on a `bindgen` call whose bindings have forwarding impls: every library impl that
 * overlaps its interface's forwarding impl becomes ConflictingImplementations naming both (E0119).
 */
export type CoherentOptions<O extends BindgenOptions> = false extends true ? {
    readonly impls: {
        readonly [N in keyof O["impls"] & InterfaceName]: CheckCoherence<ForwardingImpl<N>, AsImpl<O["impls"][N]>, O["impls"][N]>;
    };
} : unknown;
/** wasmtime-wasi(-http) <= 21's blanket hosts, `impl<T: WasiView> Host for T`: every view is a host. */
export declare const hostsOverEveryView: {
    sockets: HostImpl<"impl<T: SocketsView> IpNameLookupHost for T", import("./view.ts").SocketsView, SocketsViewHost>;
    http: HostImpl<"impl<T: HttpView> OutgoingHandlerHost for T", import("./view.ts").HttpView, HttpViewHost>;
};
/**
 * Libraries that keep bindgen!'s forwarding impls put their hosts on view structs of their own,
 * `impl Host for SocketsCtxView<'_>` (wasmtime-wasi from PR #11365 on): only those views are hosts.
 */
export declare const hostsOnCtxViews: {
    sockets: HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", SocketsCtxView, SocketsViewHost>;
    http: HostImpl<"impl OutgoingHandlerHost for HttpCtxView<'_>", HttpCtxView, HttpViewHost>;
};
