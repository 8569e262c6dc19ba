// scenario: third-party-host
// expect: error TS2345 at 21 "is not assignable to type 'SocketsGetHost'."
// expect: error TS7006 at 21 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 22 "is not assignable to type 'HttpGetHost'."
// expect: error TS7006 at 22 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// A library's view struct for sockets and a third-party host (`AuditedHttp`) for http, from
// closures. A closure is no GetHost: it has none of the trait's members (`T`, the host type, the
// getter method), so the argument is refused (TS2345), and with no function type expected its
// parameter stays untyped (TS7006).
import { AuditedHttp, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/gat-gethost.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.audited.view.socketsView());
    http.addToLinker(linker, (d) => d.audited);
  });
}
