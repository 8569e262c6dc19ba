// scenario: shared-table
// expect: compiles
// rust: compiles
// KitData holds one table and each interface's ctx. Each getter wraps the store data in its
// interface's host, and both hosts reach the one table.
// Rust: each getter builds a borrowed view, `SocketsImpl { table: &mut d.table, ctx: &mut d.sockets }`
// with `impl Host for SocketsImpl<'_>`, passed to `add_to_linker_get_host` through `type_annotate`.
// Two hosts over one table are what PR #8448 made possible.
// TypeScript needs no type_annotate here: the arrow is contextually typed by GetHost's call signature.

import { HttpViewHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => new SocketsViewHost(d));
    http.addToLinker(linker, (d) => new HttpViewHost(d));
  });
}
