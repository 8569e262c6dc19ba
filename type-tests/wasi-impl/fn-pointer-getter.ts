// scenario: fn-pointer-getter
// expect: compiles
// rust: compiles
// The same record in TypeScript; Rust's `fn` pointers returning the wrappers are a GetHost.
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
