// scenario: forwarding-impl-coherence
// expect[ts7]: error TS2322 at 21 "ConflictingImplementations<"impl<_T: OutgoingHandlerHost + ?Sized> OutgoingHandlerHost for &mut _T", "impl<T: HttpView> OutgoingHandlerHost for T">"
// expect[ts6]: error TS2322 at 21 "ConflictingImplementations<"impl<_T: IpNameLookupHost + ?Sized> IpNameLookupHost for &mut _T", "impl<T: SocketsView> IpNameLookupHost for T">"
// rust: error E0119
// The user keeps the library's blanket hosts over every view (wasmtime-wasi's
// `impl<T: WasiView> Host for T`) and the bindings as generated, forwarding impls included, then
// links the store data itself as the view.
// Rust: `impl<T: SocketsView> Host for T` beside bindgen's `impl<_T: Host + ?Sized> Host for &mut _T`
// is E0119 "conflicting implementations ... for type `&mut _`". rustc notes that downstream crates may
// implement SocketsView for `&mut _`. This is lann's error in #8382, fixed by the
// `skip_mut_forwarding_impls` opt-out.
// TypeScript has no impl selection and would take the first matching impl silently (findings/overlap-first-match).
// bindgen's coherence check makes the overlap the same error at the same place: a host object and a
// view are not disjoint types. TS2322 on `impls` names both impl headers in ConflictingImplementations.
// Both compilers report TS2322 on that line, but the message spells out a different conflict: TS 7
// orders the checked keys differently (findings/union-order-dispatch) and elaborates http, TS 6 elaborates sockets.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen, viewHosts } from "../../designs/get-host.ts";

const { sockets, http } = bindgen({ impls: viewHosts });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
