// wasi-impl (D6, PR #8766, wasmtime 22 to 35; removed by PR #11365): the libraries implement each
// Host for a local newtype around any view, `impl<T: WasiView> Host for WasiImpl<T>`, which does not
// overlap bindgen!'s forwarding impl, so PR #8448's bindings (unchanged) take `WasiImpl(view)` for
// any view, borrowed or built on the call.
//
// Allows: a view of any shape, the store data, a field or one built on the call, once wrapped.
// Costs (PR #11365): one wrapper per library (WasiImpl for sockets, WasiHttpImpl for http), so one
// getter serves only its own library's interfaces; one more layer of generics; in Rust, callers
// annotate their closures (wasmtime-wasi's own `type_annotate` stayed private).

import { hostImpl, HttpViewHost, type HttpView, SocketsViewHost, type SocketsView } from "accessor-kit";
import { bindgen } from "./get-host.ts";

export { bindgen, type GetHost } from "./get-host.ts";

/** wasmtime-wasi's `WasiImpl<T>(pub T)`: a nominal type (the private brand), as a Rust newtype is. */
export class WasiImpl<V extends SocketsView> {
  readonly #newtype = "WasiImpl";

  constructor(readonly view: V) {}
}

/** wasmtime-wasi-http's `WasiHttpImpl<T>(pub T)`. */
export class WasiHttpImpl<V extends HttpView> {
  readonly #newtype = "WasiHttpImpl";

  constructor(readonly view: V) {}
}

/** The libraries' hosts: on their own wrappers, never on a bare view. */
export const libraries = {
  sockets: hostImpl(
    "impl<T: SocketsView> IpNameLookupHost for WasiImpl<T>",
    (value): value is WasiImpl<SocketsView> => value instanceof WasiImpl,
    (wrapper) => new SocketsViewHost(wrapper.view),
  ),
  http: hostImpl(
    "impl<T: HttpView> OutgoingHandlerHost for WasiHttpImpl<T>",
    (value): value is WasiHttpImpl<HttpView> => value instanceof WasiHttpImpl,
    (wrapper) => new HttpViewHost(wrapper.view),
  ),
};

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
