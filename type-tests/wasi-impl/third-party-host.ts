// scenario: third-party-host
// expect: compiles
// rust: compiles
// A third party's host in a field: the wrapped state as `WasiImpl`, the third party's host for http
// through D1's `addToLinker`. Both take it.
import { AuditedHttp, field, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiImpl } from "../../designs/wasi-impl.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d.audited.view));
    http.addToLinker(linker, (d) => field(d, "audited"));
  });
}
