// scenario: forwarding-impl-opt-out
// expect: compiles
// rust: compiles
// The same libraries with the bindings generated `skipMutForwardingImpls`, as wasmtime-wasi 21 did
// (crates/wasi/src/bindings.rs at v21.0.0): nothing to overlap, and the store data is the host of
// both. Both languages take it; Rust's `|d| d` needs `type_annotate` (rust-lang/rust#58052).
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/get-host.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
