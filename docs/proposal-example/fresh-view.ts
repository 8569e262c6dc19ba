// scenario: fresh-view
// expect: compiles
// Each getter builds a view of two fields, the shared table and its interface's ctx, and lends the
// host over it. The view lives only while the host call runs, which is the point of lending: in
// Rust it would borrow both fields for the callback's duration and never need a named lifetime.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost({ table: d.table, sockets: d.sockets }, use));
    http.addToLinker(linker, (d, use) => lendHttpHost({ table: d.table, http: d.http }, use));
  });
}
