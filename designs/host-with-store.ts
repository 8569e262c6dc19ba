// host-with-store (D8, PRs #11238 and #11328, wasmtime 36 on): gat-like's `fn` getter and `HasData`
// marker D, plus concurrent host functions that are D's own: bindgen! generates
// `trait HostWithStore: HasData + Send { fn await_status<T: 'static>(accessor: &Accessor<T, Self>, ..)
// -> impl Future<Output = ..> + Send; }` (v36:crates/component-macro/tests/expanded/simple-functions_concurrent.rs
// line 196) and `add_to_linker<T, D>(linker, host_getter: fn(&mut T) -> D::Data<'_>)` with
// `D: HostWithStore, for<'a> D::Data<'a>: Host, T: 'static + Send`. The synchronous functions stay
// on the Host that D's view is; an async one gets an accessor, and reaches D's view only inside
// `accessor.with(|access| access.get())`, so no borrow of the store lives across an await. An
// interface without async functions (sockets here) has the empty `HostWithStore` every `HasData` has.
//
// TypeScript: a marker is a type and TypeScript erases types, so D's functions must also exist as a
// value: `impl http::HostWithStore for D` is a HostWithStoreImpl, and the bindings are told the
// impls they may use (`bindgen({ impls, withStore })`, as every design is told the libraries' Host
// impls); the libraries give `WasiHttp`'s. A D that no impl is for is refused (NoHostWithStore, the
// counterpart of rustc's E0277). At run time a call finds D's impl by D's view, the only value of D
// there is. The accessor is typed so that `with` refuses to return the view it lent (ViewKeptPastWith);
// a view kept in an outer variable, inside a returned object, or used after an `await` inside the
// callback cannot be seen by the types, and the runtime's Accessor refuses it when used (`revoked`).
//
// Allows: what gat-like allows for the getter (a field under `HasSelf`, a view built on every call
// under a library's marker), and no view held across an await.
// Costs: gat-like's (D named at every call, a `fn` pointer in Rust), and every concurrent host
// function is rewritten as an associated function of a marker, over an accessor, returning a `Send`
// future: a marker of the user's own (an owned host, a third party's host, `HasSelf<T>`) needs its own
// HostWithStore impl beside its `HasData` impl.

import {
  type Accessor,
  addInterfaceToLinker,
  addInterfaceToLinkerConcurrent,
  type BindgenOptions,
  type Borrow,
  type CoherentOptions,
  type FutureIncomingResponse,
  type HostFor,
  hostFor,
  type HostForWorld,
  HttpCtxView,
  type Libraries,
  lend,
  type Linker,
  type OutgoingHandlerHostWithStore,
  type Resource,
  world,
  worldBindings,
} from "accessor-kit";
import { type Data, type HasData, libraries, type NamedView, type WasiHttp } from "./gat-like.ts";

export { type Data, type HasData, type HasSelf, libraries, type NameD, type NamedView, type WasiHttp, type WasiSockets } from "./gat-like.ts";

declare const lentByWith: unique symbol;

/** A value `accessor.with` lends to its callback: usable until that callback returns. */
export type Lent<V> = V & { readonly [lentByWith]: true };

/** What `with` must not return: the view it lent (Rust: the closure's result may not borrow from `Access<'_, ..>`). */
export interface ViewKeptPastWith {
  readonly "error: accessor.with lent this view only to its callback; return what you need from it, not the view": never;
}

/** The check on a `with` callback's result: the lent view itself is refused. */
export type NotLent<R> = R extends { readonly [lentByWith]: true } ? ViewKeptPastWith : unknown;

/** wasmtime's `Access<'_, T, D>`: the store lent to one `with`. */
export interface HostAccess<T, D extends HasData> {
  /** `Access::get`: D's view of the store data. */
  get(): Lent<Data<D, T>>;
}

/** wasmtime's `Accessor<T, D>`: what a HostWithStore function gets instead of `&mut self`. */
export interface HostAccessor<T, D extends HasData> {
  /** Runs `use` with the store lent to it, synchronously; what it returns is the host's (wasmtime's `Accessor::with`). */
  with<R>(use: (access: HostAccess<T, D>) => R & NotLent<R>): R;
}

/** http's `HostWithStore` for D: its async function as an associated function of D, over an accessor. */
export interface HttpHostWithStore<D extends HasData> {
  awaitStatus<T>(accessor: HostAccessor<T, D>, response: Resource<FutureIncomingResponse>): Promise<number>;
}

/** `impl http::HostWithStore for D`, as a value: its header, which views are D's, and D's functions. */
export interface HostWithStoreImpl<D extends HasData> extends HttpHostWithStore<D> {
  readonly header: string;
  /** Whether a view is D's: how a call finds D's impl at run time. */
  isData(view: unknown): boolean;
}

export function hostWithStore<D extends HasData>(
  header: string,
  isData: (view: unknown) => boolean,
  functions: HttpHostWithStore<D>,
): HostWithStoreImpl<D> {
  return { header, isData, awaitStatus: (accessor, response) => functions.awaitStatus(accessor, response) };
}

/** wasmtime-wasi-http's `impl HostWithStore for WasiHttp`: the status, once the response arrived, each step inside `with`. */
export const wasiHttpWithStore = hostWithStore<WasiHttp>("impl http::HostWithStore for WasiHttp", (view) => view instanceof HttpCtxView, {
  async awaitStatus(accessor, response) {
    const arrival = accessor.with((access) => {
      const { http, table } = access.get();
      http.awaiting++;
      return http.arrival(table.get(response));
    });
    try {
      await arrival;
    } finally {
      accessor.with((access) => access.get().http.awaiting--);
    }
    return accessor.with((access) => access.get().table.get(response).status);
  },
});

/** The markers some impl is for: the D a `HostWithStore` bound accepts. */
export type MarkersOf<I extends readonly HostWithStoreImpl<never>[]> = I[number] extends HostWithStoreImpl<infer D> ? D : never;

/** What the getter of an interface with async functions must return when D has no HostWithStore impl. */
export interface NoHostWithStore {
  readonly "error: D has no HostWithStore impl; write `impl http::HostWithStore for D` and pass it to bindgen's withStore": never;
}

/** D's HostWithStore, checked: nothing when some impl is for D, else NoHostWithStore. */
export type WithStoreFor<D, Markers> = [D] extends [Markers] ? unknown : NoHostWithStore;

export interface InterfaceBindings<Host, Markers = HasData> {
  /** Links the interface: `hostGetter` returns D's view, which must be a host, and D must have the interface's HostWithStore. */
  addToLinker<T, D extends HasData>(linker: Linker<T>, hostGetter: (data: Borrow<T>) => NamedView<D, T> & Host & WithStoreFor<D, Markers>): void;
}

/** The options of this design's bindgen: the Host impls, and the HostWithStore impls it may use (the libraries' by default). */
export interface HostWithStoreOptions extends BindgenOptions {
  readonly withStore?: readonly HostWithStoreImpl<never>[];
}

type MarkersIn<O extends HostWithStoreOptions> = O["withStore"] extends readonly HostWithStoreImpl<never>[] ? MarkersOf<O["withStore"]> : WasiHttp;

export type Bindings<O extends HostWithStoreOptions> = {
  readonly sockets: InterfaceBindings<HostFor<O["impls"], "sockets">>;
  readonly http: InterfaceBindings<HostFor<O["impls"], "http">, MarkersIn<O>>;
  /** The world `example:kit/fetcher`: one D for both interfaces (`D: http::HostWithStore`, its view every interface's host). */
  readonly fetcher: InterfaceBindings<HostForWorld<O["impls"]>, MarkersIn<O>>;
};

/** The impl among `impls` for a call's view: Rust selects it by D, TypeScript by D's view. */
function implFor(impls: readonly HostWithStoreImpl<never>[], view: unknown): HttpHostWithStore<never> {
  const found = impls.find((impl) => impl.isData(view));
  if (found === undefined) throw new TypeError("no HostWithStore impl for this view: bindgen's withStore has none for its marker");
  return found;
}

/** http's HostWithStore as the runtime's wiring calls it: D's impl, found through the accessor's view. */
function dispatch<V>(impls: readonly HostWithStoreImpl<never>[]): OutgoingHandlerHostWithStore<V> {
  return {
    awaitStatus: <T>(accessor: Accessor<T, V>, response: Resource<FutureIncomingResponse>) => {
      const impl = accessor.with((access) => implFor(impls, access.get()));
      // the runtime's Accessor is the HostAccessor: `Lent` and NotLent are types only, as Borrow is
      return impl.awaitStatus(accessor as unknown as HostAccessor<T, never>, response);
    },
  };
}

/** bindgen! at wasmtime 36 with concurrent imports, the libraries' impls checked against its forwarding impls. */
export function bindgen<const O extends HostWithStoreOptions>(options: O & CoherentOptions<O>): Bindings<O> {
  const impls: Libraries = options.impls;
  const withStore = dispatch(options.withStore ?? [wasiHttpWithStore]);
  const sockets = {
    addToLinker<T>(linker: Linker<T>, hostGetter: (data: Borrow<T>) => unknown): void {
      addInterfaceToLinker(linker, world.sockets, (data) => hostFor(impls.sockets, hostGetter(lend(data))));
    },
  };
  const http = {
    addToLinker<T>(linker: Linker<T>, hostGetter: (data: Borrow<T>) => unknown): void {
      const host = (view: unknown) => hostFor(impls.http, view);
      addInterfaceToLinkerConcurrent(linker, world.http, (data: T) => hostGetter(lend(data)), withStore, host);
    },
  };
  return { sockets, http, fetcher: worldBindings({ sockets, http }) } as unknown as Bindings<O>;
}

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
