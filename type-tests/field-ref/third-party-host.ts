// scenario: third-party-host
// expect: compiles
// rust: compiles
// Another module's host, AuditedHttp, wraps the state it serves; the embedder keeps it in a field
// around the kit's ViewHosts (a store type neither module owns) and lends two borrows: the wrapper
// to http, the wrapped state to sockets, so both reach one table. The Rust twin is the same nesting
// (`AuditedHttp<KitData>` with `impl<V: HttpView> Host for AuditedHttp<V>` in its own module, the
// getters `|s| &mut s.audited` and `|s| &mut s.audited.view`), and compiles. What field-ref rules
// out is a third party lending a host built per call. In Rust its host also could not keep the
// table beside the state (a field cannot borrow its sibling), only wrap that state; TypeScript
// would take either.
import { linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets, ViewHosts } from "../../designs/field-ref.ts";
import { AuditedHttp } from "./third-party-host.lib.ts";

class App {
  readonly audited = new AuditedHttp(new ViewHosts());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(field(d, "audited"), "view"));
    http.addToLinker(linker, (d) => field(d, "audited"));
  });
}
