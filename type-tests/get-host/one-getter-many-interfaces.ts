// scenario: one-getter-many-interfaces
// expect: compiles
// rust: compiles
// The user links through a library that keeps wasmtime-wasi's blanket hosts (every view is a host)
// and so sets skipMutForwardingImpls. One getter, which returns the store data as the view, is
// declared once and passed to both interfaces.
// Rust: `bindgen!({ skip_mut_forwarding_impls: true })`, `impl<T: SocketsView> Host for T` (and for
// http), plus the views' own forwarding impls `impl<T: SocketsView> SocketsView for &mut T`. Then
// `let get = type_annotate::<KitData, _>(|d| d);` (a Copy closure) goes to both
// `add_to_linker_get_host` calls: one closure implements every interface's GetHost (#8382).
// TypeScript: a getter declared apart from the call has no contextual type (TS7006, findings/closure-signature-not-deduced),
// so it goes through typeAnnotate. Annotating the parameter would do the same, which it does not in
// Rust, where the closure's lifetimes are what type_annotate fixes.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { bindgen, type GetHost, typeAnnotate, viewHosts } from "../../designs/get-host.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: viewHosts });

export function link(): Linked<KitData> {
  const getView = typeAnnotate<KitData>()((d) => d);
  expectTypeOf(getView).toEqualTypeOf<GetHost<KitData, KitData>>();
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getView);
    http.addToLinker(linker, getView);
  });
}
