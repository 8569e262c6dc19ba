// scenario: third-party-host
// expect: compiles
// rust: compiles
// Another module's http host, AuditedHttp, wraps the state it serves; the embedder keeps it in a
// field and lends two borrows: the wrapper to http, the wrapped state to sockets, so both reach one
// table. AuditedHttp's own impl (`impl<V: HttpView> Host for AuditedHttp<V>`) overlaps nothing.
import { AuditedHttp, KitData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/field-ref.ts";

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
