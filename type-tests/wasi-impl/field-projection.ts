// scenario: field-projection
// expect: compiles
// rust: compiles
// The store data keeps the libraries' state in one field, a KitData, and each getter returns that
// field wrapped in its library's host.
// Rust: `type_annotate::<AppData, _>(|d| WasiImpl(&mut d.wasi))` passed to `add_to_linker_get_host`,
// with `impl<T: WasiView> Host for WasiImpl<T>` and the View traits' forwarding impls for `&mut T`.
// TypeScript: the field is the wrapped view, so WasiImpl<KitData> keeps its type.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

/** Store data that keeps the libraries' state in one field. */
class AppData {
  readonly wasi = new KitData();
}

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.wasi.table, (linker) => {
    sockets.addToLinker(linker, (d) => new WasiImpl(d.wasi));
    http.addToLinker(linker, (d) => new WasiHttpImpl(d.wasi));
  });
}
