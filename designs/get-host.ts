// get-host (D3): the getter may return any host, so also a view it builds from several fields of the
// store data on every call, as `WasiHttpImpl { table, ctx }` could after PR #8448 (wasmtime 21,
// backported as PR #8620): `add_to_linker_get_host(linker, impl for<'a> GetHost<&'a mut T>)`, with
// bindgen's forwarding impl `impl<_T: Host + ?Sized> Host for &mut _T` and its opt-out
// `skip_mut_forwarding_impls`.
//
// In TypeScript a GetHost is any function from the store data to a host, and every object is reached
// by reference, so the forwarding impl is the getter's result used as the host. What it costs:
// - Coherence: a library that keeps a blanket host over every view (wasmtime-wasi's
//   `impl<T: WasiView> Host for T`) overlaps the forwarding impl (E0119 in #8382). TypeScript would
//   silently pick one; `bindgen` turns the overlap into ConflictingImplementations until the library
//   sets `skipMutForwardingImpls`.
// - Annotations: a getter declared apart from addToLinker has no contextual type (TS7006, findings/closure-signature-not-deduced);
//   `typeAnnotate` names its store type, as wasmtime's `type_annotate` did for rust-lang/rust#58052.

import {
  addInterfaceToLinker,
  HttpViewHost,
  ipNameLookup,
  outgoingHandler,
  SocketsViewHost,
  type CheckCoherence,
  type HttpView,
  type Impl,
  type Interface,
  type IpNameLookupHost,
  type KitCrate,
  type Linker,
  type OutgoingHandlerHost,
  type SocketsView,
} from "accessor-kit";

/** Gets a host from the store data. Every function of this shape is one: bindgen's blanket `impl GetHost for F`. */
export type GetHost<T, H> = (data: T) => H;

/**
 * Names the store type of a getter declared apart from addToLinker and infers its host: wasmtime's
 * `type_annotate::<T, _>(getter)`, curried because TypeScript has no `_` (TS2304) and cannot infer
 * the host once T is named (TS2558, findings/partial-type-arguments).
 */
export const typeAnnotate =
  <T>() =>
  <H>(getter: GetHost<T, H>): GetHost<T, H> =>
    getter;

/** A library's blanket host, `impl<V: View> Host for V`: the host it makes of every V, named by its header. */
export interface BlanketHost<Header extends string, V, H> {
  readonly header: Header;
  host(view: V): H;
}

export function blanketHost<const Header extends string, V, H>(header: Header, host: (view: V) => H): BlanketHost<Header, V, H> {
  return { header, host };
}

/** wasmtime-wasi's and wasmtime-wasi-http's hosts in this design: every view is a host. */
export const viewHosts = {
  sockets: blanketHost("impl<T: SocketsView> IpNameLookupHost for T", (view: SocketsView) => new SocketsViewHost(view)),
  http: blanketHost("impl<T: HttpView> OutgoingHandlerHost for T", (view: HttpView) => new HttpViewHost(view)),
};

/** The world's interfaces by name, with the Host trait each one generates. */
export interface WorldHosts {
  sockets: IpNameLookupHost;
  http: OutgoingHandlerHost;
}
type HostName = { sockets: "IpNameLookupHost"; http: "OutgoingHandlerHost" };

export interface BindgenOptions {
  /**
   * bindgen!'s `skip_mut_forwarding_impls`: no forwarding impl, so the library's own impls may cover
   * every view. A type-level promise only: at run time a host returned by reference or by value is
   * the same object.
   */
  readonly skipMutForwardingImpls?: boolean;
  /** The library's own blanket host per interface, over any view type (wasmtime-wasi writes them beside its bindgen! call). */
  readonly impls?: { readonly [N in keyof WorldHosts]?: BlanketHost<string, never, WorldHosts[N]> };
}

/** The forwarding impl bindgen generates for interface N: a host reached by reference is a host. */
export type ForwardingImpl<N extends keyof WorldHosts> = Impl<
  `impl<_T: ${HostName[N]} + ?Sized> ${HostName[N]} for &mut _T`,
  WorldHosts[N]
>;

/** A blanket host as coherence sees it. */
export type BlanketImpl<B> = B extends BlanketHost<infer Header, infer V, unknown> ? Impl<Header, V> : never;

/**
 * The check on bindgen's options: nothing while the forwarding impls are skipped; otherwise each
 * library impl must not overlap the forwarding impl of its interface in the kit's crate, as
 * rustc's overlap check decides (src/coherence/).
 */
export type CoherentOptions<O extends BindgenOptions> = O["skipMutForwardingImpls"] extends true
  ? unknown
  : { readonly impls?: { readonly [N in keyof O["impls"] & keyof WorldHosts]?: CoherentImpl<N, O["impls"][N]> } };
type CoherentImpl<N extends keyof WorldHosts, B> = CheckCoherence<KitCrate, ForwardingImpl<N>, BlanketImpl<B>, B>;

/** What a getter for interface N may return: a view of the library's blanket host, or else any host. */
export type GetterOutput<O extends BindgenOptions, N extends keyof WorldHosts> =
  O["impls"] extends { readonly [K in N]: BlanketHost<string, infer V, unknown> } ? V : WorldHosts[N];

export interface InterfaceBindings<Output> {
  /** `add_to_linker_get_host`: links the interface, reaching its host through `getter` on every call. */
  addToLinker<T>(linker: Linker<T>, getter: GetHost<T, Output>): void;
}

export type Bindings<O extends BindgenOptions> = { readonly [N in keyof WorldHosts]: InterfaceBindings<GetterOutput<O, N>> };

/** One interface's bindings. What the getter returns is checked by Bindings<O>; here it is only passed on. */
function bindingsFor<H>(iface: Interface<H>, impl: BlanketHost<string, never, H> | undefined): InterfaceBindings<unknown> {
  return {
    addToLinker<T>(linker: Linker<T>, getter: GetHost<T, unknown>): void {
      // The library's blanket host makes the getter's view a host; without one, the forwarding impl
      // takes the getter's result (a reference to a host) as the host itself.
      const host = impl === undefined ? (getter as GetHost<T, H>) : (data: T) => impl.host(getter(data) as never);
      addInterfaceToLinker(linker, iface, host);
    },
  };
}

/** bindgen!: the world's bindings, with the library's impls checked for coherence against the forwarding impls. */
export function bindgen<const O extends BindgenOptions>(options: O & CoherentOptions<O>): Bindings<O> {
  return {
    sockets: bindingsFor(ipNameLookup, options.impls?.sockets),
    http: bindingsFor(outgoingHandler, options.impls?.http),
  };
}

/** The bindings as generated with no options: forwarding impls, no library impls. */
export const { sockets, http } = bindgen({});
