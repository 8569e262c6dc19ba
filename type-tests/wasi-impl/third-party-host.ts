// scenario: third-party-host
// expect: compiles
// rust: compiles
// The store type comes from another module (third-party-host.lib.ts), and the hosts from the WASI
// libraries (the design module). Neither owns the other, and the store type's fields are not named
// as the views want them.
// Rust: the embedder cannot `impl WasiView for VendorState` (both are foreign: the orphan rule). It
// can return `WasiImpl(SocketsCtxView { table: &mut d.resources, ctx: &mut d.dns })`, a local view,
// which PR #8766 allowed.
// TypeScript has no orphan rule. The getter builds a view object of the fields the wrapper needs.

import { linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";
import { VendorState } from "./third-party-host.lib.ts";

export function link(): Linked<VendorState> {
  const data = new VendorState();
  return linkBoth(data, data.resources, (linker) => {
    sockets.addToLinker(linker, (d) => new WasiImpl({ table: d.resources, sockets: d.dns }));
    http.addToLinker(linker, (d) => new WasiHttpImpl({ table: d.resources, http: d.web }));
  });
}
