// scenario: one-getter-many-interfaces
// expect: compiles
// rust: error E0277
// One getter value returning the store data, passed to both interfaces (its parameter annotated,
// as a const arrow has no contextual type, findings/closure-signature-not-deduced). KitData is both a SocketsView and an
// HttpView structurally, so each call checks the one return type against its own view interface.
// In Rust the twin (`type_annotate(|s: &mut KitData| s)`) returns `&mut KitData`, which is no
// host: the hosts exist only for `dyn SocketsView` and `dyn HttpView`, and the forwarding
// `impl Host for &mut _T` needs `KitData: Host` (E0277). Casting the return picks one trait object,
// so a Rust getter serves one view interface; a TypeScript value is every interface it fits.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData) => d;
  expectTypeOf(get).returns.toEqualTypeOf<KitData>();
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
