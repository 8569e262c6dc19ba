// scenario: concurrent-host-call
// expect: compiles
// run: fails "lent to 2 host calls at once"
// shared-table's lenders, driven by guests/concurrent.wat's two `await-status` calls in flight. A
// lender lends the host for one call, but the bindings take it back out (the kit's wiring wants it
// returned) and `await-status` holds it across its await, so the two calls hold the store data at
// once, as every design before D8's accessor does. In Rust (unchecked: the proposal has no twins)
// the call's future would borrow the lent host and could not leave the callback.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}
