// scenario: third-party-host
// expect: compiles
// rust: error E0515 nocode
// Another module serves http for a store type it does not own: it keeps its own ctx and pairs it
// with the store's table in a view, `client.viewOf(d)`, for the library's host over HttpView.
// TypeScript takes that view like any other. The Rust twin cannot lend it: the module cannot
// implement the view trait on a store type it does not own, so it builds the view per call, and
// `&mut client.view_for(..) as &mut dyn HttpView` borrows a temporary (E0515, plus "lifetime may not
// live long enough", no code): the position of wasmtime#8845, whose WASI state lived on a context
// that was not the store type `T`.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";
import { HttpClient } from "./third-party-host.lib.ts";

export function link(): Linked<KitData> {
  const client = new HttpClient();
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => client.viewOf(d));
  });
}
