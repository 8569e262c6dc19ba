// scenario: third-party-host
// expect: compiles
// rust: compiles
// A third party's host in a field: `WasiSockets` for the wrapped state's view, `HasSelf` for the
// third party's host (the forwarding impl makes `&mut AuditedHttp<_>` a Host), and the embedder's
// `impl http::HostWithStore for HasSelf<AuditedHttp<KitData>>`, since the third party ships none.
// Both take it.
import { AuditedHttp, field, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen, type HasSelf, hostWithStore, libraries, wasiHttpWithStore, type WasiSockets } from "../../designs/host-with-store.ts";

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

/** The async function needs the third party's host behind a marker with a HostWithStore: written here. */
const auditedWithStore = hostWithStore<HasSelf<AuditedHttp<KitData>>>(
  "impl http::HostWithStore for HasSelf<AuditedHttp<KitData>>",
  (view) => view instanceof AuditedHttp,
  { awaitStatus: async (accessor, response) => accessor.with((access) => access.get().futureStatus(response)) },
);

const { sockets, http } = bindgen({ impls: libraries, withStore: [wasiHttpWithStore, auditedWithStore] });
