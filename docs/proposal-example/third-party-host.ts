// scenario: third-party-host
// expect: compiles
// The third party's host is lent as it is; sockets lends over the state it wraps.
import { AuditedHttp, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendSocketsHost, sockets } from "./design.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d.audited.view, use));
    http.addToLinker(linker, (d, use) => use(d.audited));
  });
}
