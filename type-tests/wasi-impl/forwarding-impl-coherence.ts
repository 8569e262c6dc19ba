// scenario: forwarding-impl-coherence
// expect: compiles
// rust: compiles
// The bindings keep their forwarding impl (sockets: a host kept in a field is returned as is), and
// the http library keeps its blanket host over every view, on its wrapper.
// Rust: `impl<T: HttpView> Host for WasiHttpImpl<T>` is on a local type. It cannot overlap bindgen's
// `impl<_T: Host + ?Sized> Host for &mut _T`, because `WasiHttpImpl<_>` is never `&mut _`. That is
// the point of PR #8766, which let wasmtime-wasi keep the generated forwarding impls.
// TypeScript: the wrapper is a class that implements the host itself. There is no impl selection and
// so nothing to overlap (compare get-host's cell, where a blanket host over every view is rejected).

import { HostingData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<HostingData> {
  const data = new HostingData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.socketsHost);
    http.addToLinker(linker, (d) => new WasiHttpImpl(d));
  });
}
