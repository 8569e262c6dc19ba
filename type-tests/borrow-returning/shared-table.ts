// scenario: shared-table
// expect: compiles
// rust: compiles
// Two separate host components, each with its own ctx, both holding the one table, kept as fields
// of the store data and returned as they are. This is what the proposal was for (#8382: compose
// wasi and wasi-http over one table), and what it delivers in Rust only through owned handles: the
// twin's two hosts each hold an `Arc<Mutex<ResourceTable>>` and lock it per call, returned by
// `|s| &mut s.sockets` / `|s| &mut s.http`. In TypeScript every object reference already is such a
// handle, with no lock, so the components compose by simply sharing the table object.
import { HttpCtx, HttpViewHost, linkBoth, type Linked, ResourceTable, SocketsCtx, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-returning.ts";

class App {
  readonly table = new ResourceTable();
  readonly sockets = new SocketsViewHost({ table: this.table, sockets: new SocketsCtx() });
  readonly http = new HttpViewHost({ table: this.table, http: new HttpCtx() });
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.sockets);
    http.addToLinker(linker, (d) => d.http);
  });
}
