// scenario: forwarding-impl-coherence
// expect: error TS2322 at 9 "ConflictingImplementations<"impl<_T: "
// rust: error E0119
// A blanket host over every view beside the forwarding impls: E0119 in Rust, and the coherence check
// in TypeScript. PR #8766's libraries moved exactly this impl onto `WasiImpl<T>` to escape it.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/wasi-impl.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
