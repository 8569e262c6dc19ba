// borrow-returning: the getter may return any value that can be borrowed as the host: a host
// held in the store data, a host built on the call (a fresh view included), or something that
// lends one out. The `BorrowHost<T, U>` / `impl BorrowMut<U>` proposal of wasmtime #8382 (D2),
// whose description asked for "something that impls AsMut<U>"; it never shipped.
//
// Allows: everything field-ref allows, and owned returns. The getter's bound is a plain function
// type, so closures need no annotations, and U is inferred from what the getter returns.
// Costs in Rust: U is chosen outside the borrow of the store data, so a closure may not return a
// view borrowing two fields (no-code lifetime errors), owned values need a hand-written getter
// type, and hosts share a table only through owned handles such as `Arc<Mutex<_>>`.
// Costs in TypeScript: no blanket impls, so std's `impl<T> BorrowMut<T> for T` becomes a union
// `U | AsMut<U>` told apart at run time by the `asMut` symbol. U is inferred only because it sits
// in the getter's return type: written the Rust way, as `B extends BorrowMut<U>`, U would have no
// inference site and would silently be the Host interface (findings/constraint-not-inference-site).
// The libraries keep field-ref's hosts (`ViewHosts`), as the proposal keeps D1's blanket impls.

import { addInterfaceToLinker, type Interface, ipNameLookup, type Linker, outgoingHandler } from "accessor-kit";

export { ViewHosts } from "./field-ref.ts";

/** The method a lender implements; a symbol, so no host lends by accident. */
export const asMut: unique symbol = Symbol("asMut");

/** `AsMut<U>`, #8382's ask: something that lends out a U. */
export interface AsMut<U> {
  [asMut](): U;
}

/** std's `BorrowMut<U>`: a U itself (`impl<T> BorrowMut<T> for T`), or anything that lends one. */
export type BorrowMut<U> = U | AsMut<U>;

/** The getter: `BorrowHost<T, U>`, from the store data to something borrowable as the host U. */
export type BorrowHost<T, U> = (data: T) => BorrowMut<U>;

/** `.borrow_mut()`: the U a BorrowMut value stands for. */
export function borrowMut<U>(value: BorrowMut<U>): U {
  return typeof value === "object" && value !== null && asMut in value ? value[asMut]() : (value as U);
}

function addToLinkerFor<H>(iface: Interface<H>) {
  return {
    addToLinker<T, U extends H>(linker: Linker<T>, get: BorrowHost<T, U>): void {
      addInterfaceToLinker(linker, iface, (data) => borrowMut(get(data)));
    },
  };
}

export const sockets = addToLinkerFor(ipNameLookup);
export const http = addToLinkerFor(outgoingHandler);
