// scenario: fresh-view
// expect: compiles
// rust: compiles
// Each getter builds a new view of two fields on every call, the table and its interface's ctx, and
// returns the host over it.
// Rust: `type_annotate(|d| HttpImpl { table: &mut d.table, ctx: &mut d.http })` passed to
// `add_to_linker_get_host`. This is the `WasiHttpImpl { table, ctx }` return that PR #8448 allowed.
// TypeScript: the view is an ordinary object built on each call, and nothing ties it to the store data.

import { HttpViewHost, KitData, type Linked, Linker, SocketsViewHost, Store } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  const linker = new Linker<KitData>();
  sockets.addToLinker(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.sockets }));
  http.addToLinker(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
  return { linker, store: new Store(data), table: data.table };
}
