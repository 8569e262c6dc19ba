// scenario: type-erased-getter
// expect: compiles
// rust: error E0277
// Getters in a record of function types returning the view interfaces: TypeScript takes them. Rust's
// boxed closures are not Copy (E0277).
import { type HttpView, KitData, linkBoth, type Linked, type SocketsView } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

interface Getters {
  readonly sockets: (d: KitData) => SocketsView;
  readonly http: (d: KitData) => HttpView;
}

const getters: Getters = { sockets: (d) => d, http: (d) => d };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, getters.sockets);
    http.addToLinkerGetHost(linker, getters.http);
  });
}
