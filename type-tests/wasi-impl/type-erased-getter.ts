// scenario: type-erased-getter
// expect: compiles
// rust: error E0277
// Getters in a record of function types returning the wrappers: TypeScript takes them; Rust's boxed
// closures are not Copy (E0277).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

interface Getters {
  readonly sockets: (d: KitData) => WasiImpl<KitData>;
  readonly http: (d: KitData) => WasiHttpImpl<KitData>;
}

const getters: Getters = { sockets: (d) => new WasiImpl(d), http: (d) => new WasiHttpImpl(d) };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, getters.sockets);
    http.addToLinkerGetHost(linker, getters.http);
  });
}
