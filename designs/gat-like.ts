// gat-like (D7): the getter returns the view its caller names through a marker D, a type-level
// function from the borrowed store data to the view, as after PR #10770 (wasmtime 34):
// `add_to_linker::<T, D>(linker, host_getter: fn(&mut T) -> D::Data<'_>)` with `D: HasData` (a GAT
// `type Data<'a>`), `HasSelf<T>` for `Data<'a> = &'a mut T`, and `for<'a> D::Data<'a>: Host`.
//
// Allows: a field (`HasSelf<Host>`), the store data itself (`HasSelf<T>` when T is a host) or a view
// built on every call (a library's marker, e.g. `WasiHttp`), with no annotation on the getter.
// Costs: every call names D, and with it T: TypeScript has no partial type-argument inference
// (TS2558 for `<D>` alone, TS2304 for `_`; findings/partial-type-arguments, microsoft/TypeScript#26242). Left out, D
// would silently fall back to its constraint and accept any getter (findings/hkt-parameter-fallback); here it becomes
// NameD instead, the counterpart of rustc's E0283 (spinframework/spin#3172). One marker per
// projection, which libraries must export (wasmtime #11693 / #11695).
// Where TypeScript differs: the getter is any function, so it may capture (a Rust `fn` pointer
// cannot: E0308), and with no lifetimes the markers' views rarely depend on the input.

import {
  addInterfaceToLinker,
  type HttpViewHost,
  type Interface,
  ipNameLookup,
  type Linker,
  outgoingHandler,
  type SocketsViewHost,
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

/** wasmtime-wasi's and wasmtime-wasi-http's exported markers in this design: a view of the table and the interface's ctx. */
export interface WasiSockets extends HasData {
  readonly data: SocketsViewHost;
}
export interface WasiHttp extends HasData {
  readonly data: HttpViewHost;
}

function addToLinkerFor<H>(iface: Interface<H>) {
  return {
    /** Links the interface; `getter` must return D's view of the store data, and that view must be a host. */
    addToLinker<T, D extends HasData>(linker: Linker<T>, getter: (data: T) => NamedView<D, T> & H): void {
      addInterfaceToLinker(linker, iface, getter);
    },
  };
}

export const sockets = addToLinkerFor(ipNameLookup);
export const http = addToLinkerFor(outgoingHandler);
