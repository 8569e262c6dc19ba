// scenario: type-erased-getter
// expect: compiles
// rust: error E0191 E0038
// Both interfaces' getters are kept in one record, typed as the GetHost each addToLinker takes rather
// than as the arrows' own types, and linked later.
// Rust: storing them as `Box<dyn for<'a> GetHost<&'a mut KitData>>` fails. It is E0191 (the `Output`
// of GetHost's `Fn` supertrait must be named, and it depends on 'a), then E0038 (GetHost is not dyn
// compatible: its `Copy` supertrait needs `Sized`). PR #10770 names this as a reason for D7.
// TypeScript: GetHost is an ordinary function type, so erasing an arrow to it costs nothing.

import { HttpViewHost, type IpNameLookupHost, KitData, linkBoth, type Linked, type OutgoingHandlerHost, SocketsViewHost } from "accessor-kit";
import { type GetHost, http, sockets } from "../../designs/get-host.ts";

/** The getters of both interfaces, each erased to the GetHost its interface takes. */
interface Getters {
  readonly sockets: GetHost<KitData, IpNameLookupHost>;
  readonly http: GetHost<KitData, OutgoingHandlerHost>;
}

const getters: Getters = {
  sockets: (d) => new SocketsViewHost(d),
  http: (d) => new HttpViewHost(d),
};

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
