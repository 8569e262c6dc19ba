// scenario: field-projection
// expect: compiles
// rust: compiles
// The `kit` field wrapped in each library's newtype, `WasiImpl(&mut d.kit)` and `WasiHttpImpl(..)`:
// both languages take it (Rust through the annotation every caller wrote, rust-lang/rust#58052).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d.kit));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(d.kit));
  });
}
