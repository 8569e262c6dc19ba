// scenario: owned-host
// expect: error TS2345 at 20 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 20 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 21 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 21 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// An owned host, a clone of a shared handle, from closures. A closure is no GetHost: it has none of
// the trait's members (`T`, the host type, the getter method), so the argument is refused (TS2345),
// and with no function type expected its parameter stays untyped (TS7006).
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

class App {
  readonly shared = new SharedKit(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.shared.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.shared.clone());
    http.addToLinker(linker, (d) => d.shared.clone());
  });
}
