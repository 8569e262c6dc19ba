// scenario: forwarding-impl-coherence
// expect: compiles
// rust: compiles
// The libraries' blanket hosts over every view beside this design's bindings: wasmtime 20's bindgen!
// emits no forwarding impl (PR #8448 added it), so there is nothing to overlap, in either language.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/field-ref.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
