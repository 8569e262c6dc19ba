// scenario: forwarding-impl-opt-out
// expect: error TS2353 at 7 "'skipMutForwardingImpls' does not exist in type"
// The libraries' blanket hosts over every view, as impls the bindings lend through.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "./design.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => use(d));
    http.addToLinker(linker, (d, use) => use(d));
  });
}
