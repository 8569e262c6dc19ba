// scenario: fresh-view
// expect: compiles
// rust: error E0515 nocode
// Each getter builds a view of two fields on every call, `{ table: d.table, sockets: d.sockets }`:
// an object literal that has the view's members is a view, and the host over the interface takes
// it. Rust refuses the twin: the host exists only for `dyn SocketsView`, so the getter must hand
// out `&mut dyn SocketsView`, and the view it just built is a temporary (E0515; the cast `dyn View`
// does not live long enough, no code). PR #8766 gives exactly this ("sometimes only a `Foo<'a>` is
// held which is not easy to get a `&mut dyn ...` view of") as the reason D5 was reverted.
// TypeScript's garbage-collected objects have no such temporary.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => ({ table: d.table, sockets: d.sockets }));
    http.addToLinker(linker, (d) => ({ table: d.table, http: d.http }));
  });
}
