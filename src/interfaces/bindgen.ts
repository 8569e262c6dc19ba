// Bindgen: what every design's `bindgen(options)` shares, the TypeScript side of a Rust twin's
// `bindgen!({ .. }); libraries!();`. Rust selects Host impls by type and checks them for overlap
// across the crate; TypeScript has no impls, so a design's bindings are told the libraries' impls
// (`impls`), take the getter's result as a host when it is one and otherwise through the library's
// impl, and check the impls against the bindings' own forwarding impls for coherence.

import type { KitCrate } from "../coherence/kit-crate.ts";
import type { CheckCoherence, Impl } from "../coherence/overlap.ts";
import { HttpViewHost, outgoingHandler, type OutgoingHandlerHost } from "./http.ts";
import type { Interface } from "./interface.ts";
import { ipNameLookup, type IpNameLookupHost, SocketsViewHost } from "./sockets.ts";
import { HttpCtxView, isHttpView, isSocketsView, SocketsCtxView } from "./view.ts";

/** The world's interfaces by name, with the Host trait each one generates. */
export interface WorldHosts {
  readonly sockets: IpNameLookupHost;
  readonly http: OutgoingHandlerHost;
}

export type InterfaceName = keyof WorldHosts;

export const world: { readonly [N in InterfaceName]: Interface<WorldHosts[N]> } = { sockets: ipNameLookup, http: outgoingHandler };

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

export function hostImpl<const Header extends string, Self, H>(
  header: Header,
  isSelf: (value: unknown) => value is Self,
  host: (self: Self) => H,
): HostImpl<Header, Self, H> {
  return { header, isSelf, host };
}

/** The libraries' Host impls, per interface: what `libraries!()` is in a Rust twin. */
export type Libraries = { readonly [N in InterfaceName]?: HostImpl<string, unknown, WorldHosts[N]> };

/** The Self type of a library impl. */
export type SelfOf<I> = I extends HostImpl<string, infer Self, unknown> ? Self : never;

/** What a getter for interface N may hand back: a host, or a value the libraries make a host of. */
export type HostFor<L extends Libraries, N extends InterfaceName> = WorldHosts[N] | SelfOf<L[N]>;

/**
 * What one getter for the whole world (its `add_to_linker`) may hand back: a value that is every
 * interface's host, `U: sockets::Host + http::Host` in Rust.
 */
export type HostForWorld<L extends Libraries> = HostFor<L, "sockets"> & HostFor<L, "http">;

/** What a world's bindings are made of: each interface's `addToLinker`, taking the world's getter. */
export type InterfaceLinkers = { readonly [N in InterfaceName]: { addToLinker(linker: never, getter: never): void } };

/**
 * A world's `add_to_linker` (`Fetcher::add_to_linker` in Rust): every interface's `addToLinker`
 * called with the one linker and getter. W is the design's type for it, which says what the getter
 * must be; at run time each interface's bindings take the getter as they always do.
 */
export function worldBindings<W>(interfaces: InterfaceLinkers): W {
  const addToLinker = (linker: never, getter: never) => {
    interfaces.sockets.addToLinker(linker, getter);
    interfaces.http.addToLinker(linker, getter);
  };
  return { addToLinker } as W;
}

/** At run time: the host for a getter's result, through the library's impl where it covers the value. */
export function hostFor<H>(impl: HostImpl<string, unknown, H> | undefined, value: unknown): H {
  return impl !== undefined && impl.isSelf(value) ? impl.host(value) : (value as H);
}

/** bindgen!'s `impl<_T: Host + ?Sized> Host for &mut _T` for interface N, as coherence sees it. */
export type ForwardingImpl<N extends InterfaceName> = Impl<
  `impl<_T: ${HostTraitName[N]} + ?Sized> ${HostTraitName[N]} for &mut _T`,
  WorldHosts[N]
>;

/** A library impl as coherence sees it. */
export type AsImpl<I> = I extends HostImpl<infer Header, infer Self, unknown> ? Impl<Header, Self> : never;

/** What every design's `bindgen` is given: the libraries' impls, and the opt-out where the design has it. */
export interface BindgenOptions<L extends Libraries = Libraries> {
  readonly impls: L;
  readonly skipMutForwardingImpls?: boolean;
  /**
   * bindgen!'s `async: true`. In Rust it makes every host function async and asks `T: Send` and
   * `Host + Send`, because each call's future holds the store data. TypeScript has no `Send`, and
   * the interfaces' async function is linked as one whatever the option says, so here it changes
   * nothing: every design's bindings accept it and ignore it.
   */
  readonly async?: boolean;
}

/** Whether bindings generated with options O carry the forwarding impls: unless they opt out. */
export type HasForwardingImpls<O extends BindgenOptions> = O["skipMutForwardingImpls"] extends true ? false : true;

/**
 * The check on a `bindgen` call whose bindings have forwarding impls: every library impl that
 * overlaps its interface's forwarding impl becomes ConflictingImplementations naming both (E0119).
 */
export type CoherentOptions<O extends BindgenOptions> =
  HasForwardingImpls<O> extends true
    ? { readonly impls: { readonly [N in keyof O["impls"] & InterfaceName]: CheckCoherence<KitCrate, ForwardingImpl<N>, AsImpl<O["impls"][N]>, O["impls"][N]> } }
    : unknown;

/** wasmtime-wasi(-http) <= 21's blanket hosts, `impl<T: WasiView> Host for T`: every view is a host. */
export const hostsOverEveryView = {
  sockets: hostImpl("impl<T: SocketsView> IpNameLookupHost for T", isSocketsView, (view) => new SocketsViewHost(view)),
  http: hostImpl("impl<T: HttpView> OutgoingHandlerHost for T", isHttpView, (view) => new HttpViewHost(view)),
};

/**
 * Libraries that keep bindgen!'s forwarding impls put their hosts on view structs of their own,
 * `impl Host for SocketsCtxView<'_>` (wasmtime-wasi from PR #11365 on): only those views are hosts.
 */
export const hostsOnCtxViews = {
  sockets: hostImpl(
    "impl IpNameLookupHost for SocketsCtxView<'_>",
    (value): value is SocketsCtxView => value instanceof SocketsCtxView,
    (view) => new SocketsViewHost(view),
  ),
  http: hostImpl(
    "impl OutgoingHandlerHost for HttpCtxView<'_>",
    (value): value is HttpCtxView => value instanceof HttpCtxView,
    (view) => new HttpViewHost(view),
  ),
};
