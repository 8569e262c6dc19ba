// scenario: no-annotations
// expect: compiles
// rust: error nocode
// `(d) => new WasiImpl(d)` straight to `addToLinkerGetHost`. TypeScript takes it. Rust's closure gets
// no higher-ranked signature from the GetHost bound: "implementation of `FnOnce` is not general
// enough" (no code, rust-lang/rust#58052), the inference wasmtime-wasi's private `type_annotate` worked around.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(d));
  });
}
