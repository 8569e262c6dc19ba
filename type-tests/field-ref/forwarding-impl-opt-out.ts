// scenario: forwarding-impl-opt-out
// expect: error TS2353 at 11 "skipMutForwardingImpls"
// rust: error nocode
// The opt-out came with the forwarding impls in PR #8448 (wasmtime 21): wasmtime 20's bindgen! has no
// `skip_mut_forwarding_impls` option, so naming it is an error (TS2353, an unknown property; rustc:
// the macro has no rule for it, an error without a code). Without the option the same libraries
// compile (forwarding-impl-coherence).
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/field-ref.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
