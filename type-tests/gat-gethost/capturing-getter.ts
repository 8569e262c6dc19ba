// scenario: capturing-getter
// expect: error TS2345 at 17 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 17 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 18 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 18 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// Closures capturing the tenant's name. A closure is no GetHost: it has none of the trait's members
// (`T`, the host type, the getter method), so the argument is refused (TS2345), and with no
// function type expected its parameter stays untyped (TS7006).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.tenants[tenant]!.socketsView());
    http.addToLinker(linker, (d) => d.tenants[tenant]!.httpView());
  });
}
