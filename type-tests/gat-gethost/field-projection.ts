// scenario: field-projection
// expect: error TS2345 at 16 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 16 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 17 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 17 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// The `kit` field's view structs, from closures. A closure is no GetHost: it has none of the
// trait's members (`T`, the host type, the getter method), so the argument is refused (TS2345), and
// with no function type expected its parameter stays untyped (TS7006).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit.socketsView());
    http.addToLinker(linker, (d) => d.kit.httpView());
  });
}
