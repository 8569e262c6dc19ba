// scenario: fresh-view
// expect: error TS2345 at 16 "'(d: Borrow<KitData>) => SocketsCtxView' is not assignable"
// expect: error TS2345 at 17 "'(d: Borrow<KitData>) => HttpCtxView' is not assignable to"
// rust: error E0271
// A view built on the call, passed to `addToLinkerBorrowHost`, the entry point for non-borrowed
// hosts. The bindings implement BorrowHost only for field-ref closures, so a closure that returns a
// value is no BorrowHost: TS2345 here; E0271 in Rust (the closure is expected to return `&mut _`).
// A named getter type with a hand-written `impl BorrowHost` could not return it either in Rust: U is
// fixed outside the borrow of the store data ("lifetime may not live long enough").
import { HttpCtxView, KitData, linkBoth, type Linked, SocketsCtxView } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerBorrowHost(linker, (d) => new SocketsCtxView(d.table, d.sockets));
    http.addToLinkerBorrowHost(linker, (d) => new HttpCtxView(d.table, d.http));
  });
}
