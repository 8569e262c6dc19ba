// scenario: shared-table
// expect: compiles
// rust: compiles
// KitData holds one table and each interface's ctx. Each getter wraps the store data in its
// library's wrapper, WasiImpl for sockets and WasiHttpImpl for http, and both hosts reach the one table.
// Rust: `WasiImpl(&mut KitData)` and `WasiHttpImpl(&mut KitData)` through `type_annotate`, with
// KitData implementing both View traits once (wasmtime later split `IoView::table` off, PR #10016,
// so that the table is implemented once for both).

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new WasiImpl(d));
    http.addToLinker(linker, (d) => new WasiHttpImpl(d));
  });
}
