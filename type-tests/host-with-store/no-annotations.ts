// scenario: no-annotations
// expect: error TS2322 at 14 "'SocketsCtxView' is not assignable to type 'NameD &"
// expect: error TS2322 at 15 "'HttpCtxView' is not assignable to type 'NameD & (HostFor<{"
// rust: error E0283
// `addToLinker(linker, (d) => d.socketsView())` without D: nothing in the call infers D, so in
// TypeScript it falls back to its constraint and the getter must return NameD, whose property says
// to name D (TS2322); rustc says "type annotations needed" for `_: HostWithStore` (E0283).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/host-with-store.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.socketsView());
    http.addToLinker(linker, (d) => d.httpView());
  });
}
