// field-ref (D1, bindgen! up to wasmtime 20): the getter may only hand back a borrow of the store
// data or of a field of it, `get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static` with
// `U: Host`, the getter wasmtime #8382 set out to change. The libraries (wasmtime-wasi(-http) 20)
// make every view a host: `impl<T: WasiView> Host for T`.
//
// Allows: `d => d` (Rust's `|t| t`), `d => field(d, "kit")` and chains of them. The getter's bound
// is a plain function type, so closures need no annotations.
// Costs: a view built on the call is not a borrow and is refused (Rust: E0308), so a host needing
// two fields must already live inside the store data. In Rust the getter is also `Copy`, so it may
// capture only `Copy` values; TypeScript has no such bound.
// Where TypeScript differs: the brand (`Borrow<U>`, src/interfaces/borrow.ts) is the whole borrow
// checker. `x as Borrow<X>` forges one.

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

export { type Borrow, field, type FieldGetter } from "accessor-kit";

export interface InterfaceBindings<Host> {
  /** Links the interface, reaching its host through `get` on every call. */
  addToLinker<T, U extends Host>(linker: Linker<T>, get: FieldGetter<T, U>): void;
}

export interface WorldBindings<Host> {
  /** The world's `add_to_linker`: every interface linked through one getter, whose borrow is every interface's host. */
  addToLinker<T, U extends Host>(linker: Linker<T>, get: FieldGetter<T, U>): void;
}

export type Bindings<L extends Libraries> = { readonly [N in InterfaceName]: InterfaceBindings<HostFor<L, N>> } & {
  /** The world `example:kit/fetcher`, which imports both interfaces. */
  readonly fetcher: WorldBindings<HostForWorld<L>>;
};

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined): InterfaceBindings<unknown> {
  return {
    addToLinker<T>(linker: Linker<T>, get: FieldGetter<T, unknown>): void {
      addInterfaceToLinker(linker, iface, (data) => hostFor(impl, get(lend(data))));
    },
  };
}

/** bindgen! as wasmtime 20 generated it: no forwarding impls to opt out of, the libraries' impls beside it. */
export function bindgen<const L extends Libraries>(options: Omit<BindgenOptions<L>, "skipMutForwardingImpls">): Bindings<L> {
  const sockets = bindingsFor(world.sockets, options.impls.sockets);
  const http = bindingsFor(world.http, options.impls.http);
  return { sockets, http, fetcher: worldBindings({ sockets, http }) };
}

/** wasmtime-wasi(-http) 20: a blanket host over every view. */
export const libraries = hostsOverEveryView;

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
