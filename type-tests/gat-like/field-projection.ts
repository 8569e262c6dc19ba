// scenario: field-projection
// expect: compiles
// rust: compiles
// The store data keeps each interface's host in a field. Each call names the store type and
// HasSelf of the host type, and each getter returns its field.
// Rust: `add_to_linker::<_, HasSelf<SocketsHost>>(l, |d| &mut d.sockets_host)`. `Data<'a> = &'a mut
// SocketsHost` is a Host through the forwarding impl that D7 kept, and a non-capturing closure
// coerces to the `fn` pointer.
// TypeScript: the same, except that T must be named too: `_` does not exist (TS2304) and naming
// only D is TS2558 (findings/partial-type-arguments, microsoft/TypeScript#26242).

import { HostFields, type HttpViewHost, linkBoth, type Linked, type SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Data, type HasSelf, http, sockets } from "../../designs/gat-like.ts";

export function link(): Linked<HostFields> {
  const data = new HostFields();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker<HostFields, HasSelf<SocketsViewHost>>(linker, (d) => d.socketsHost);
    http.addToLinker<HostFields, HasSelf<HttpViewHost>>(linker, (d) => d.httpHost);
    expectTypeOf<Data<HasSelf<SocketsViewHost>, HostFields>>().toEqualTypeOf<SocketsViewHost>();
    expectTypeOf<Data<HasSelf<HttpViewHost>, HostFields>>().toEqualTypeOf<HttpViewHost>();
  });
}
