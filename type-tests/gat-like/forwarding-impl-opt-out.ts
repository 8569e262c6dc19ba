// scenario: forwarding-impl-opt-out
// expect: compiles
// rust: compiles
// The bindings generated `skipMutForwardingImpls` (still an option at v34.0.0) with the blanket
// hosts: nothing overlaps, and `HasSelf<KitData>` makes the store data the host. Both take it.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen, type HasSelf } from "../../designs/gat-like.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
  });
}
