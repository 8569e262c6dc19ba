// scenario: type-erased-getter
// expect: compiles
// rust: error E0191 E0038
// Both interfaces' getters are kept in one record, typed as the GetHost each addToLinker takes, and
// linked later.
// Rust: D6 kept D3's bindings, so `Box<dyn for<'a> GetHost<&'a mut KitData>>` is still E0191 (the
// `Output` of the `Fn` supertrait must be named) and E0038 (not dyn compatible, because of `Copy`).
// WasiImpl changed which host is returned, not the getter's trait.
// TypeScript: GetHost is an ordinary function type, which the arrows are erased to.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import type { GetHost } from "../../designs/get-host.ts";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

/** The getters of both interfaces, each erased to a GetHost of its library's wrapper. */
interface Getters {
  readonly sockets: GetHost<KitData, WasiImpl<KitData>>;
  readonly http: GetHost<KitData, WasiHttpImpl<KitData>>;
}

const getters: Getters = {
  sockets: (d) => new WasiImpl(d),
  http: (d) => new WasiHttpImpl(d),
};

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
