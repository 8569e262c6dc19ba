// scenario: forwarding-impl-opt-out
// expect: compiles
// rust: compiles
// The bindings generated `skipMutForwardingImpls` with a blanket host over every view: nothing
// overlaps, the store data is the host of both, in both languages.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/dyn-view.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
