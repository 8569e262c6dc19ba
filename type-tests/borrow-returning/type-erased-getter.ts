// scenario: type-erased-getter
// expect: compiles
// rust: error E0038 E0277
// Both getters go into one record typed by the host each provides, `BorrowHost<KitData,
// IpNameLookupHost>` and `BorrowHost<KitData, OutgoingHandlerHost>`, one returning a host and one
// a lender, and are linked later. A function type is already erased in TypeScript. The Rust twin
// keeps them as `Box<dyn BorrowHost<KitData, KitData>>`: BorrowHost returns `impl BorrowMut<U>`
// from a trait method, so it is not dyn compatible (E0038), and the box is no field-ref closure
// (E0277). #10770's complaint about GetHost applies to the proposal too.
import type { IpNameLookupHost, Linked, OutgoingHandlerHost } from "accessor-kit";
import { HttpViewHost, KitData, linkBoth, SocketsViewHost } from "accessor-kit";
import { asMut, type BorrowHost, http, sockets } from "../../designs/borrow-returning.ts";

const getters: { sockets: BorrowHost<KitData, IpNameLookupHost>; http: BorrowHost<KitData, OutgoingHandlerHost> } = {
  sockets: (d) => new SocketsViewHost(d),
  http: (d) => ({ [asMut]: () => new HttpViewHost(d) }),
};

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
