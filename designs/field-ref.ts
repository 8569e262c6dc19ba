// field-ref: the getter may only hand back a borrow of the store data, or of a field of it: the
// `get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static` (U: Host) of bindgen! up to
// wasmtime 20 (D1), the getter wasmtime #8382 set out to change.
//
// Allows: `d => d` (Rust's `|t| t`), `d => field(d, "key")` and chains of them; the getter's bound
// is a plain function type, so closures need no annotations and may capture anything.
// Costs: a host built on each call (a view of two fields) is not a borrow and is refused
// (TS2322 on an expression-bodied arrow, TS2345 on a block body; Rust: E0308, or E0515 for `&mut`
// to it). The host must therefore live inside the store data, as wasmtime-wasi <= 20's
// `impl<T: WasiView> Host for T` made the data itself the host.
// Where TypeScript differs: the brand is the whole borrow checker. References alias, so a host kept
// in a field may hold the shared table (Rust refuses a field that borrows its sibling), and
// `x as Borrow<X>` forges a borrow.

import {
  addInterfaceToLinker,
  HttpViewHost,
  type Interface,
  ipNameLookup,
  type IpNameLookupHost,
  KitData,
  type Linker,
  outgoingHandler,
  type OutgoingHandlerHost,
  SocketsViewHost,
} from "accessor-kit";

declare const borrowedFromStoreData: unique symbol;

/** `&mut U`: a U reached from the store data the getter was given, by field projections only. */
export type Borrow<U> = U & { readonly [borrowedFromStoreData]: true };

/** `&mut data.key`: the one way to make a new Borrow, and only out of a Borrow. */
export function field<T, K extends keyof T>(data: Borrow<T>, key: K): Borrow<T[K]> {
  return data[key] as Borrow<T[K]>;
}

/** The getter: `Fn(&mut T) -> &mut U`. Its parameter is the store data's borrow, so `d => d` is `|t| t`. */
export type FieldGetter<T, U> = (data: Borrow<T>) => Borrow<U>;

function addToLinkerFor<H>(iface: Interface<H>) {
  return {
    addToLinker<T, U extends H>(linker: Linker<T>, get: FieldGetter<T, U>): void {
      // The store lends its data out: the only place a Borrow is made from nothing.
      addInterfaceToLinker(linker, iface, (data) => get(data as Borrow<T>));
    },
  };
}

export const sockets = addToLinkerFor(ipNameLookup);
export const http = addToLinkerFor(outgoingHandler);

/**
 * wasmtime-wasi <= 20's `impl<T: WasiView> Host for T`, for both interfaces: store data that is
 * both views is the host of both, so `d => d` (or a field holding one) is the whole getter.
 */
export class ViewHosts extends KitData implements IpNameLookupHost, OutgoingHandlerHost {
  readonly #sockets = new SocketsViewHost(this);
  readonly #http = new HttpViewHost(this);
  readonly resolveAddresses: IpNameLookupHost["resolveAddresses"] = (name) => this.#sockets.resolveAddresses(name);
  readonly resolveNextAddress: IpNameLookupHost["resolveNextAddress"] = (s) => this.#sockets.resolveNextAddress(s);
  readonly dropResolveAddressStream: IpNameLookupHost["dropResolveAddressStream"] = (s) =>
    this.#sockets.dropResolveAddressStream(s);
  readonly handle: OutgoingHandlerHost["handle"] = (authority, via) => this.#http.handle(authority, via);
  readonly futureStatus: OutgoingHandlerHost["futureStatus"] = (r) => this.#http.futureStatus(r);
  readonly dropFutureIncomingResponse: OutgoingHandlerHost["dropFutureIncomingResponse"] = (r) =>
    this.#http.dropFutureIncomingResponse(r);
}
