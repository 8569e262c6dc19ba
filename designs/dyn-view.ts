// dyn-view (D5, PR #8609; never in a release: wasmtime 22 already had PR #8766's WasiImpl): the
// libraries implement each Host once over the view interface itself, `impl Host for dyn WasiView +
// '_`, so bindgen!'s forwarding impl `impl<_T: Host + ?Sized> Host for &mut _T` (PR #8448's bindings,
// unchanged) stays, and a getter returns `&mut dyn View`.
//
// Allows: any value that has the view's members, the store data itself, a field, or a view built
// on the call; nothing overlaps the forwarding impl.
// Costs in Rust: a view built on the call has no `&mut dyn View` to hand out (E0515, the case PR
// #8766 gives), every call goes through a vtable, the views must be dyn-compatible, and callers
// annotate their closures (`fn type_annotate<T, F: Fn(&mut T) -> &mut dyn View>`,
// rust-lang/rust#58052). In TypeScript an interface already is a trait object.

import { hostImpl, HttpViewHost, isHttpView, isSocketsView, SocketsViewHost } from "accessor-kit";
import { bindgen } from "./get-host.ts";

export { bindgen, type GetHost } from "./get-host.ts";

/** PR #8609's libraries: each host written once over the view interface. */
export const libraries = {
  sockets: hostImpl("impl IpNameLookupHost for dyn SocketsView + '_", isSocketsView, (view) => new SocketsViewHost(view)),
  http: hostImpl("impl OutgoingHandlerHost for dyn HttpView + '_", isHttpView, (view) => new HttpViewHost(view)),
};

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
