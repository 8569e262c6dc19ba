// scenario: shared-table
// expect: compiles
// rust: compiles
// The store data is both views over its one table, each with its own ctx, and each getter hands
// it out as that interface's view; sockets and http then mint and read streams in one table.
// The Rust twin (`s as &mut dyn SocketsView` / `s as &mut dyn HttpView`, each through
// type_annotate) compiles for the same reason: both views are implemented on the one store type.
// Separate view objects that each hold the table would work in TypeScript as well; in Rust they
// would be views built per call, which this design cannot lend out (see fresh-view).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
