// scenario: forwarding-impl-coherence
// expect: error TS2322 at 10 "'{ sockets: HostImpl<"impl<T: SocketsView> IpNameLookupHost"
// expect: error TS2322 at 16 "NoHostWithStore"
// rust: error E0119 E0277
// A blanket host over every view beside the bindings as generated, which keep the forwarding impls:
// E0119 in Rust, and the coherence check in TypeScript. `HasSelf<KitData>` also has no HostWithStore.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen, type HasSelf } from "../../designs/host-with-store.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, (d) => d);
  });
}
