// scenario: no-annotations
// expect: compiles
// rust: error E0277
// `(d) => d` with no annotation. TypeScript takes it (KitData is a view). Rust's closure, unannotated,
// returns `&mut KitData`, not `&mut dyn SocketsView`, and KitData is no Host (E0277): the cast is
// what the annotation helper was for.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
