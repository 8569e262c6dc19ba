// scenario: forwarding-impl-coherence
// expect: error TS2322 at 10 "ConflictingImplementations<"impl<_T: "
// rust: error E0119
// A blanket host over every view beside the bindings' forwarding impls: E0119 in Rust, and the
// bindings' coherence check in TypeScript. (PR #8609's own libraries avoided it by implementing Host
// for `dyn View` instead.)
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/dyn-view.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
