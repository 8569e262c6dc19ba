// scenario: forwarding-impl-opt-out
// expect: error TS2345 at 19 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 19 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 20 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 20 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// Without the forwarding impls the blanket hosts stand, but the getters are closures. A closure is
// no GetHost: it has none of the trait's members (`T`, the host type, the getter method), so the
// argument is refused (TS2345), and with no function type expected its parameter stays untyped
// (TS7006).
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/gat-gethost.ts";

const { sockets, http } = bindgen({ skipMutForwardingImpls: true, impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
