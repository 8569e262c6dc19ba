// scenario: forwarding-impl-opt-out
// expect: error TS2322 at 17 "NoHostWithStore"
// rust: error E0277
// The opt-out leaves the blanket hosts standing, so `HasSelf<KitData>` makes the store data the Host
// of the synchronous functions, but http's `await-status` needs `HasSelf<KitData>: http::HostWithStore`,
// and libraries written as blanket hosts have none (NoHostWithStore; Rust E0277). The embedder could
// write it, as owned-host does for its marker; the attempt links what the libraries give.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen, type HasSelf } from "../../designs/host-with-store.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
  });
}
