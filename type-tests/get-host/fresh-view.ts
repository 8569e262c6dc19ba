// scenario: fresh-view
// expect: compiles
// rust: compiles
// A view struct built from two fields on every call: what PR #8448 made possible. Both languages take
// it (Rust through the annotation helper, rust-lang/rust#58052).
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new SocketsCtxView(d.table, d.sockets));
    http.addToLinkerGetHost(linker, (d) => new HttpCtxView(d.table, d.http));
  });
}
