// scenario: forwarding-impl-coherence
// expect: compiles
// The libraries' blanket hosts over every view, as impls the bindings lend through.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "./design.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => use(d));
    http.addToLinker(linker, (d, use) => use(d));
  });
}
