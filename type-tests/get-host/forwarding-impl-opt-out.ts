// scenario: forwarding-impl-opt-out
// rust: compiles
// (prose)
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/get-host.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
