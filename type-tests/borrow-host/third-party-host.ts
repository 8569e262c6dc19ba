// scenario: third-party-host
// expect: compiles
// rust: compiles
// A third party's host kept in a field around the state it serves: two field borrows, as under
// field-ref; AuditedHttp's own impl overlaps nothing.
import { AuditedHttp, KitData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/borrow-host.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(field(d, "audited"), "view"));
    http.addToLinker(linker, (d) => field(d, "audited"));
  });
}
