// scenario: field-projection
// expect: compiles
// rust: compiles
// The store data keeps each interface's host in a field. Each call names the store type and
// HasSelf of the host type, and each getter returns its field.
// Rust: `add_to_linker::<_, HasSelf<SocketsHost>>(l, |d| &mut d.sockets_host)`. `Data<'a> = &'a mut
// SocketsHost` is a Host through the forwarding impl that D7 kept, and a non-capturing closure
// coerces to the `fn` pointer.
// TypeScript: the same, except that T must be named too: `_` does not exist (TS2304) and naming
// only D is TS2558 (findings B1, microsoft/TypeScript#26242).

import { HttpViewHost, KitData, type Linked, Linker, SocketsViewHost, Store } from "accessor-kit";
import { type HasSelf, http, sockets } from "../../designs/gat-like.ts";

/** Store data that keeps each interface's host in a field, both over one KitData. */
class HostFields {
  readonly kit = new KitData();
  readonly sockets = new SocketsViewHost(this.kit);
  readonly http = new HttpViewHost(this.kit);
}

export function link(): Linked<HostFields> {
  const data = new HostFields();
  const linker = new Linker<HostFields>();
  sockets.addToLinker<HostFields, HasSelf<SocketsViewHost>>(linker, (d) => d.sockets);
  http.addToLinker<HostFields, HasSelf<HttpViewHost>>(linker, (d) => d.http);
  return { linker, store: new Store(data), table: data.kit.table };
}
