// dyn-view: the getter returns the store data's view as the view interface itself (Rust's
// `&mut dyn WasiView`), and each library implements its host once, over that interface
// (`impl Host for dyn WasiView + '_`): wasmtime-wasi(-http) from PR #8609 (D5) until PR #8766
// turned the impls back into blanket impls on a newtype.
//
// Allows: any value that has the view's members, the store data itself, a field, or a view built
// on the call; there are no impls to select, so nothing can overlap (type-tests/dyn-view/forwarding-impl-coherence.ts), and closures
// need no annotations (the getter's bound is a plain function type).
// Costs in Rust: a view built on the call has no `&mut dyn View` to hand out (E0515, the case
// PR #8766 gives), one getter cannot serve two view interfaces, every call goes through a vtable,
// the views must be dyn-compatible, and every call site needs `type_annotate` (rust-lang/rust#58052).
// In TypeScript an interface already is a trait object: the only cost left is the host object
// made around the view on every call.

import {
  addInterfaceToLinker,
  type HttpView,
  HttpViewHost,
  type Interface,
  ipNameLookup,
  type Linker,
  outgoingHandler,
  type SocketsView,
  SocketsViewHost,
} from "accessor-kit";

/** The getter: `Fn(&mut T) -> &mut dyn View`, from the store data to the interface's view. */
export type ViewGetter<T, V> = (data: T) => V;

/** `impl Host for dyn View + '_`: the interface's host, written once over any value of the view. */
export type HostForView<V, H> = (view: V) => H;

function addToLinkerFor<V, H>(iface: Interface<H>, hostForView: HostForView<V, H>) {
  return {
    addToLinker<T>(linker: Linker<T>, get: ViewGetter<T, V>): void {
      addInterfaceToLinker(linker, iface, (data) => hostForView(get(data)));
    },
  };
}

export const sockets = addToLinkerFor(ipNameLookup, (view: SocketsView) => new SocketsViewHost(view));
export const http = addToLinkerFor(outgoingHandler, (view: HttpView) => new HttpViewHost(view));
