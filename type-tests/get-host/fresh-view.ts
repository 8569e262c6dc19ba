// scenario: fresh-view
// expect: compiles
// rust: compiles
// Each getter builds a new view of two fields on every call, the table and its interface's ctx, and
// returns the host over it.
// Rust: `type_annotate(|d| HttpImpl { table: &mut d.table, ctx: &mut d.http })` passed to
// `add_to_linker_get_host`. This is the `WasiHttpImpl { table, ctx }` return that PR #8448 allowed.
// TypeScript: the view is an ordinary object built on each call, and nothing ties it to the store data.

import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.sockets }));
    http.addToLinker(linker, (d) => new HttpViewHost({ table: d.table, http: d.http }));
  });
}
