// scenario: forwarding-impl-opt-out
// expect: error TS2353 at 9 "'skipMutForwardingImpls' does not exist in type"
// rust: error nocode
// The proposal's bindings have no `skip_mut_forwarding_impls` option (it came with PR #8448): an
// unknown property (TS2353); in Rust the macro has no rule for it (no code).
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/borrow-mut.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
