// scenario: forwarding-impl-coherence
// expect: error TS2322 at 16 "'{ sockets: HostImpl<"impl<T: SocketsView> IpNameLookupHost"
// expect: error TS2345 at 21 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 21 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 22 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 22 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0119 E0277
// The libraries keep a blanket host over every view beside the forwarding impls D4 keeps: the
// bindings' coherence check refuses the overlap (TS2322, as under get-host). A closure is no
// GetHost: it has none of the trait's members (`T`, the host type, the getter method), so the
// argument is refused (TS2345), and with no function type expected its parameter stays untyped
// (TS7006).
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/gat-gethost.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
