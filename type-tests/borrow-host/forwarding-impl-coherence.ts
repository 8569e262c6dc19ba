// scenario: forwarding-impl-coherence
// expect: compiles
// rust: compiles
// The libraries' blanket hosts beside these bindings: the proposal adds no forwarding impl, so
// nothing overlaps, in either language.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/borrow-host.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
