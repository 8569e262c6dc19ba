// borrow-host (D2, the seed comment of wasmtime #8382; never shipped): the getter is a
// `BorrowHost<T, U>` whose `borrowHost` returns something the host U can be borrowed from. The
// bindings implement it for every field-ref closure (`impl<F: Fn(&mut T) -> &mut U> BorrowHost<T, U>
// for F`) and nothing else; D1's `addToLinker` stays, forwarding to `addToLinkerBorrowHost`. The
// libraries keep D1's blanket hosts over every view.
//
// Allows: everything field-ref allows, and an owned host through a named getter type that
// implements BorrowHost by hand.
// Costs: a closure that returns a value is no BorrowHost (Rust: E0271, the closure's output is not
// `&mut U`), so every owned host needs a type and an impl of its own; and a view built on the call
// stays out of reach even then: U is a parameter of the trait, fixed outside the borrow, so a named
// getter cannot hand out a view borrowing the store data either ("lifetime may not live long enough",
// compiled by the kit's reviewer; TypeScript, without lifetimes, takes it).
// TypeScript: std's `BorrowMut<U>` holds for U itself, `&mut U` and `Box<U>`, which TypeScript does
// not tell apart, so `borrowHost` returns a U.

import {
  addInterfaceToLinker,
  type BindgenOptions,
  type FieldGetter,
  type HostFor,
  hostFor,
  type HostForWorld,
  type HostImpl,
  hostsOverEveryView,
  type Interface,
  type InterfaceName,
  lend,
  type Libraries,
  type Linker,
  world,
  worldBindings,
} from "accessor-kit";
import { type WorldBindings } from "./field-ref.ts";

export { type Borrow, field, type FieldGetter } from "accessor-kit";
export { type WorldBindings } from "./field-ref.ts";

/** A named getter type: `impl BorrowHost<T, U> for MyGetter`, written by hand for a getter that is no field-ref closure. */
export interface BorrowHost<T, U> {
  borrowHost(data: T): U;
}

export interface InterfaceBindings<Host> {
  /** D1's `add_to_linker`, kept: a field-ref closure. */
  addToLinker<T, U extends Host>(linker: Linker<T>, get: FieldGetter<T, U>): void;
  /** A BorrowHost: a named getter type, or a field-ref closure through the bindings' blanket impl. */
  addToLinkerBorrowHost<T, U extends Host>(linker: Linker<T>, getter: BorrowHost<T, U> | FieldGetter<T, U>): void;
}

/** The seed comment changed only the interface's function: the world's `addToLinker` stays D1's. */
export type Bindings<L extends Libraries> = { readonly [N in InterfaceName]: InterfaceBindings<HostFor<L, N>> } & {
  /** The world `example:kit/fetcher`, which imports both interfaces. */
  readonly fetcher: WorldBindings<HostForWorld<L>>;
};

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined): InterfaceBindings<unknown> {
  const link = <T>(linker: Linker<T>, getter: BorrowHost<T, unknown> | FieldGetter<T, unknown>) => {
    const borrowHost = typeof getter === "function" ? (data: T) => getter(lend(data)) : (data: T) => getter.borrowHost(data);
    addInterfaceToLinker(linker, iface, (data) => hostFor(impl, borrowHost(data)));
  };
  return { addToLinker: link, addToLinkerBorrowHost: link };
}

/** The seed comment's bindings: no forwarding impls, the libraries' impls beside them. */
export function bindgen<const L extends Libraries>(options: Omit<BindgenOptions<L>, "skipMutForwardingImpls">): Bindings<L> {
  const sockets = bindingsFor(world.sockets, options.impls.sockets);
  const http = bindingsFor(world.http, options.impls.http);
  return { sockets, http, fetcher: worldBindings({ sockets, http }) };
}

/** The libraries keep D1's blanket hosts over every view. */
export const libraries = hostsOverEveryView;

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
