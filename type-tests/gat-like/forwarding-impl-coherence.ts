// scenario: forwarding-impl-coherence
// expect: error TS2322 at 9 "ConflictingImplementations<"impl<_T: "
// rust: error E0119
// A blanket host over every view beside the bindings as generated at wasmtime 34, which keep the
// forwarding impls: E0119 in Rust, and the coherence check in TypeScript.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen, type HasSelf } from "../../designs/gat-like.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
  });
}
