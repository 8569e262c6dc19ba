// scenario: third-party-host
// expect: compiles
// rust: compiles
// A third party's host in a field: `WasiSockets` for the wrapped state's view, `HasSelf` for the
// third party's host (the forwarding impl makes `&mut AuditedHttp<_>` a Host). Both take it.
import { AuditedHttp, field, KitData, linkBoth, type Linked } from "accessor-kit";
import { type HasSelf, http, sockets, type WasiSockets } from "../../designs/gat-like.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinker<App, WasiSockets>(linker, (d) => d.audited.view.socketsView());
    http.addToLinker<App, HasSelf<AuditedHttp<KitData>>>(linker, (d) => field(d, "audited"));
  });
}
