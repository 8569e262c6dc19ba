// get-host (D3, PR #8448, wasmtime 21 to 33, backported as PR #8620): the getter may return any
// host, `add_to_linker_get_host(linker, impl for<'a> GetHost<&'a mut T>)`, so also a view built from
// several fields of the store data on every call. bindgen! emits `impl<_T: Host + ?Sized> Host for
// &mut _T` beside every Host trait and keeps D1's `add_to_linker` on top of it, unless told
// `skipMutForwardingImpls` (then neither).
//
// Allows: a host built on the call; the getter's bound is a plain function type in TypeScript.
// Costs: a library's blanket host over every view overlaps the forwarding impl (E0119, wasmtime
// #8382), so libraries that keep the forwarding impls put their hosts on view structs of their own
// (here `impl Host for SocketsCtxView<'_>`), and wasmtime-wasi 21 itself opted out instead (the
// forwarding-impl-opt-out scenario). In Rust a closure passed straight to `add_to_linker_get_host`
// gets no higher-ranked signature (rust-lang/rust#58052), so callers annotate it through a function
// of their own; getters cannot be type-erased (PR #10770; a `dyn GetHost` is E0191, then E0038:
// findings/get-host-not-dyn-compatible).

import {
  addInterfaceToLinker,
  type BindgenOptions,
  type CoherentOptions,
  type FieldGetter,
  type HasForwardingImpls,
  type HostFor,
  hostFor,
  type HostForWorld,
  type HostImpl,
  hostsOnCtxViews,
  type Interface,
  type InterfaceName,
  lend,
  type Libraries,
  type Linker,
  world,
  worldBindings,
} from "accessor-kit";

/** Gets a host from the store data. Every function of this shape is one: bindgen's blanket `impl GetHost for F`. */
export type GetHost<T, H> = (data: T) => H;

export interface GetHostBindings<Host> {
  /** `add_to_linker_get_host`: links the interface, reaching its host through `hostGetter` on every call. */
  addToLinkerGetHost<T>(linker: Linker<T>, hostGetter: GetHost<T, Host>): void;
}

export interface ForwardingBindings<Host> extends GetHostBindings<Host> {
  /** D1's `add_to_linker`, kept through the forwarding impl: a borrow of a host already in the store data. */
  addToLinker<T, U extends Host>(linker: Linker<T>, get: FieldGetter<T, U>): void;
}

export interface WorldBindings<Host> {
  /**
   * The world's `add_to_linker`, D1's through wasmtime 33 (there was no world-level GetHost): one
   * getter of a host already in the store data, every interface's host.
   */
  addToLinker<T, U extends Host>(linker: Linker<T>, get: FieldGetter<T, U>): void;
}

/** The bindings per interface, and with the forwarding impls the world's D1-shaped `addToLinker` (the opt-out drops it too). */
export type Bindings<O extends BindgenOptions> = {
  readonly [N in InterfaceName]: HasForwardingImpls<O> extends true ? ForwardingBindings<HostFor<O["impls"], N>> : GetHostBindings<HostFor<O["impls"], N>>;
} & (HasForwardingImpls<O> extends true ? { readonly fetcher: WorldBindings<HostForWorld<O["impls"]>> } : unknown);

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined): ForwardingBindings<unknown> {
  const link = <T>(linker: Linker<T>, getter: GetHost<T, unknown>) => addInterfaceToLinker(linker, iface, (data) => hostFor(impl, getter(data)));
  return { addToLinkerGetHost: link, addToLinker: <T>(linker: Linker<T>, get: FieldGetter<T, unknown>) => link(linker, (data) => get(lend(data))) };
}

/** bindgen! from PR #8448 on, with the libraries' impls checked against its forwarding impls. */
export function bindgen<const O extends BindgenOptions>(options: O & CoherentOptions<O>): Bindings<O> {
  const impls: Libraries = options.impls;
  const sockets = bindingsFor(world.sockets, impls.sockets);
  const http = bindingsFor(world.http, impls.http);
  const fetcher = options.skipMutForwardingImpls === true ? {} : { fetcher: worldBindings({ sockets, http }) };
  return { sockets, http, ...fetcher } as Bindings<O>;
}

/** Libraries beside the forwarding impls: hosts on their own view structs. */
export const libraries = hostsOnCtxViews;

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
