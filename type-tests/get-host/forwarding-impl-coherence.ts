// scenario: forwarding-impl-coherence
// rust: compiles
// (prose)
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/get-host.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
