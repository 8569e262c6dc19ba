// scenario: forwarding-impl-coherence
// expect: compiles
// rust: compiles
// The bindings keep their forwarding impl (sockets: HasSelf of a host kept in a field), and the
// http library keeps its host over every view (its WasiHttp marker), both in one program.
// Rust: D7 kept `impl<_T: Host + ?Sized> Host for &mut _T`, and the library's host is
// `impl Host for HttpCtxView<'_>`, on a concrete view struct that the marker names. These do not
// overlap. A literal blanket `impl<T: HttpView> Host for T` beside them would still be E0119.
// TypeScript: gat-like selects no impl. A marker names the view type, and that view must itself be a
// host, so there is no blanket impl to write and none to overlap.

import { HttpViewHost, KitData, type Linked, Linker, SocketsViewHost, Store } from "accessor-kit";
import { type HasSelf, http, sockets, type WasiHttp } from "../../designs/gat-like.ts";

/** KitData that also keeps its sockets host in a field. */
class HostingData extends KitData {
  readonly socketsHost = new SocketsViewHost(this);
}

export function link(): Linked<HostingData> {
  const data = new HostingData();
  const linker = new Linker<HostingData>();
  sockets.addToLinker<HostingData, HasSelf<SocketsViewHost>>(linker, (d) => d.socketsHost);
  http.addToLinker<HostingData, WasiHttp>(linker, (d) => new HttpViewHost(d));
  return { linker, store: new Store(data), table: data.table };
}
