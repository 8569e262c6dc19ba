// scenario: third-party-host
// rust: compiles
// (prose)
import { AuditedHttp, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.audited.view.socketsView());
    http.addToLinker(linker, (d) => d.audited);
  });
}
