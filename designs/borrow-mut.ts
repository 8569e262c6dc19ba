// borrow-mut (D2, the general form of wasmtime #8382's ask; never shipped): the getter is any
// `Fn(&mut T) -> B` with `B: BorrowMut<U>` and `U: Host`, so it may return an owned host. The
// libraries keep D1's blanket hosts over every view.
//
// Allows: any value the host can be borrowed from, owned hosts included, with no named getter type.
// Costs in Rust: B is one type for every call, chosen outside the borrow of the store data, so the
// getter cannot return a borrow of the store data (not even `&mut` a field) nor a view of its
// fields (lifetime errors without a code); U appears only in a bound, so it is never inferred
// (E0283) and every call names it.
// In TypeScript U has no inference site either and silently becomes its constraint, the libraries'
// hosts (findings/constraint-not-inference-site), so calls compile without naming it; std's
// `BorrowMut<U>` holds for U itself, `&mut U` and `Box<U>`, which TypeScript does not tell apart.

import {
  addInterfaceToLinker,
  type BindgenOptions,
  type HostFor,
  hostFor,
  type HostForWorld,
  type HostImpl,
  hostsOverEveryView,
  type Interface,
  type InterfaceName,
  type Libraries,
  type Linker,
  world,
  worldBindings,
} from "accessor-kit";

/** std's `BorrowMut<U>`: in TypeScript, U itself. */
export type BorrowMut<U> = U;

export interface InterfaceBindings<Host> {
  /** Links the interface, borrowing its host from what `get` returns on every call. */
  addToLinker<T, U extends Host, B extends BorrowMut<U>>(linker: Linker<T>, get: (data: T) => B): void;
}

export interface WorldBindings<Host> {
  /** The world's `addToLinker`, generalised as the interfaces' are: what `get` returns is every interface's host. */
  addToLinker<T, U extends Host, B extends BorrowMut<U>>(linker: Linker<T>, get: (data: T) => B): void;
}

export type Bindings<L extends Libraries> = { readonly [N in InterfaceName]: InterfaceBindings<HostFor<L, N>> } & {
  /** The world `example:kit/fetcher`, which imports both interfaces. */
  readonly fetcher: WorldBindings<HostForWorld<L>>;
};

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined): InterfaceBindings<unknown> {
  return {
    addToLinker<T>(linker: Linker<T>, get: (data: T) => unknown): void {
      addInterfaceToLinker(linker, iface, (data) => hostFor(impl, get(data)));
    },
  };
}

/** The proposal's bindings: no forwarding impls, the libraries' impls beside them. */
export function bindgen<const L extends Libraries>(options: Omit<BindgenOptions<L>, "skipMutForwardingImpls">): Bindings<L> {
  const sockets = bindingsFor(world.sockets, options.impls.sockets);
  const http = bindingsFor(world.http, options.impls.http);
  return { sockets, http, fetcher: worldBindings({ sockets, http }) };
}

/** The libraries keep D1's blanket hosts over every view. */
export const libraries = hostsOverEveryView;

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
