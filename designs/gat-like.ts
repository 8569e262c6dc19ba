// gat-like (D7, PR #10770, wasmtime 34 on): the getter returns the view its caller names through a
// marker D, a type-level function from the borrowed store data to the view:
// `add_to_linker::<T, D>(linker, host_getter: fn(&mut T) -> D::Data<'_>)` with `D: HasData` (a GAT
// `type Data<'a>`), `HasSelf<T>` for `Data<'a> = &'a mut T`, `for<'a> D::Data<'a>: Host` and
// `T: 'static`. bindgen! keeps the forwarding impls (and their opt-out); the libraries put their
// hosts on their view structs, named by public markers (`WasiSockets`, `WasiHttp`).
//
// Allows: a field (`HasSelf<Field>` when the field is a host), or a view built on every call (a
// library's marker), with no annotation on the getter.
// Costs: every call names D, and with it T: TypeScript has no partial type-argument inference
// (TS2558 for `<D>` alone; findings/partial-type-arguments, microsoft/TypeScript#26242). Left out,
// D would silently fall back to its constraint and accept any getter (findings/hkt-parameter-fallback);
// here it becomes NameD instead, the counterpart of rustc's E0283 (spinframework/spin#3172). One
// marker per projection, which libraries must export (wasmtime #11693 / #11695). In Rust the getter
// is a `fn` pointer, which cannot capture (E0308); TypeScript's getter is any function.

import {
  addInterfaceToLinker,
  type BindgenOptions,
  type Borrow,
  type CoherentOptions,
  type HostFor,
  hostFor,
  type HostForWorld,
  type HostImpl,
  hostsOnCtxViews,
  type HttpCtxView,
  type Interface,
  type InterfaceName,
  lend,
  type Libraries,
  type Linker,
  type SocketsCtxView,
  world,
  worldBindings,
} from "accessor-kit";

/** A marker: a type-level function from the borrowed store data (`store`) to a view (`data`), Rust's `type Data<'a>`. */
export interface HasData {
  readonly store: unknown;
  readonly data: unknown;
}

/** D applied to the store data T: `D::Data<'a>`. */
export type Data<D extends HasData, T> = (D & { readonly store: T })["data"];

/** `HasSelf<T>`: the getter hands out a T it borrows from the store data (`type Data<'a> = &'a mut T`). */
export interface HasSelf<T> extends HasData {
  readonly data: Borrow<T>;
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
  /** Links the interface; `hostGetter` (Rust's `fn(&mut T) -> D::Data<'_>`) must return D's view of the store data, and that view must be a host. */
  addToLinker<T, D extends HasData>(linker: Linker<T>, hostGetter: (data: Borrow<T>) => NamedView<D, T> & Host): void;
}

/** The world's `addToLinker` takes the same getter: D's view must be every interface's host. */
export type Bindings<L extends Libraries> = { readonly [N in InterfaceName]: InterfaceBindings<HostFor<L, N>> } & {
  /** The world `example:kit/fetcher`, which imports both interfaces. */
  readonly fetcher: InterfaceBindings<HostForWorld<L>>;
};

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined): InterfaceBindings<unknown> {
  return {
    addToLinker<T>(linker: Linker<T>, hostGetter: (data: Borrow<T>) => unknown): void {
      addInterfaceToLinker(linker, iface, (data) => hostFor(impl, hostGetter(lend(data))));
    },
  };
}

/** bindgen! at wasmtime 34, with the libraries' impls checked against its forwarding impls. */
export function bindgen<const O extends BindgenOptions>(options: O & CoherentOptions<O>): Bindings<O["impls"]> {
  const impls: Libraries = options.impls;
  const sockets = bindingsFor(world.sockets, impls.sockets);
  const http = bindingsFor(world.http, impls.http);
  return { sockets, http, fetcher: worldBindings({ sockets, http }) };
}

/** wasmtime-wasi's libraries from PR #11365 on: hosts on their view structs. */
export const libraries = hostsOnCtxViews;

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
