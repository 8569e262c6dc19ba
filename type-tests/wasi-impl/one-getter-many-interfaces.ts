// scenario: one-getter-many-interfaces
// expect: error TS2345 at 22 "'WasiImpl<KitData>' is missing the following properties from type 'OutgoingHandlerHost'"
// rust: error E0277
// The user declares one getter the way wasmtime-wasi did, `type_annotate::<T, _>(|t| WasiImpl(t))`,
// and passes it to both interfaces.
// Rust: the sockets call links. The http call needs `WasiImpl<&mut KitData>: http::Host`, but
// wasmtime-wasi-http put its hosts on its own wrapper, WasiHttpImpl: E0277. One getter serves only
// one library's interfaces, and aligning the wrappers was one of the costs PR #11365 listed.
// TypeScript agrees: WasiImpl<KitData> lacks the http host's methods (TS2345 at the http call).

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { http, sockets, typeAnnotate, WasiImpl } from "../../designs/wasi-impl.ts";

const getWasi = typeAnnotate<KitData>((d) => new WasiImpl(d));
expectTypeOf(getWasi).returns.toEqualTypeOf<WasiImpl<KitData>>();

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getWasi);
    http.addToLinker(linker, getWasi);
  });
}
