// wasi-impl (D6): the getter returns a library's host wrapper around any view, `WasiImpl<V>`, as after
// PR #8766 (wasmtime 22; present in wasmtime-wasi 24.0.7): the blanket impls moved from every
// `T: WasiView` onto the local newtype `WasiImpl<T>(pub T)`, so they no longer overlap bindgen's
// forwarding impl, and the generated `add_to_linker_get_host` (get-host's bindings, unchanged and
// with their forwarding impls) takes `WasiImpl(Foo { .. })` for any borrowed view.
//
// In TypeScript a blanket host on a local type is a generic class over the view: nothing to overlap.
// Costs (PR #11365 removed the wrappers): one wrapper per library (WasiImpl for sockets, as in
// wasmtime-wasi; WasiHttpImpl for http, as in wasmtime-wasi-http), so one getter serves only its own
// library's interfaces; and `typeAnnotate` for a getter declared apart from the call (findings/closure-signature-not-deduced,
// TS7006), which wasmtime needed for every closure (rust-lang/rust#58052).

import { type HttpView, HttpViewHost, type SocketsView, SocketsViewHost } from "accessor-kit";
import type { GetHost } from "./get-host.ts";

export { http, sockets } from "./get-host.ts";

/** wasmtime-wasi's `WasiImpl<T>`: the sockets host of any view V. */
export class WasiImpl<V extends SocketsView> extends SocketsViewHost {
  constructor(override readonly view: V) {
    super(view);
  }
}

/** wasmtime-wasi-http's `WasiHttpImpl<T>`: the http host of any view V. */
export class WasiHttpImpl<V extends HttpView> extends HttpViewHost {
  constructor(override readonly view: V) {
    super(view);
  }
}

/** wasmtime-wasi's `type_annotate::<T, _>(|t| WasiImpl(t))`: names T once, the getter's result is fixed. */
export function typeAnnotate<T extends SocketsView>(getter: GetHost<T, WasiImpl<T>>): GetHost<T, WasiImpl<T>> {
  return getter;
}
