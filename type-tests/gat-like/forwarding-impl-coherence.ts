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

import { HostingData, HttpViewHost, linkBoth, type Linked, type SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Data, type HasSelf, http, sockets, type WasiHttp } from "../../designs/gat-like.ts";

export function link(): Linked<HostingData> {
  const data = new HostingData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<HostingData, HasSelf<SocketsViewHost>>(linker, (d) => d.socketsHost);
    http.addToLinker<HostingData, WasiHttp>(linker, (d) => new HttpViewHost(d));
    expectTypeOf<Data<HasSelf<SocketsViewHost>, HostingData>>().toEqualTypeOf<SocketsViewHost>();
    expectTypeOf<Data<WasiHttp, HostingData>>().toEqualTypeOf<HttpViewHost>();
  });
}
