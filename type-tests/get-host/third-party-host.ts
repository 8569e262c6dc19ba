// scenario: third-party-host
// expect: compiles
// rust: compiles
// A third party's host kept in a field: sockets gets the library's view of the wrapped state, http
// the third party's host through D1's `addToLinker` (kept over the forwarding impl). Both take it.
import { AuditedHttp, field, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.audited.view.socketsView());
    http.addToLinker(linker, (d) => field(d, "audited"));
  });
}
