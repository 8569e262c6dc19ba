// scenario: capturing-owned-getter
// expect: compiles
// rust: error E0308
// A closure owning a tenant's name: TypeScript takes it; Rust's `fn` pointer cannot capture at all
// (E0308).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinker<AppData, WasiSockets>(linker, (d) => d.tenants[tenant.name]!.socketsView());
    http.addToLinker<AppData, WasiHttp>(linker, (d) => d.tenants[tenant.name]!.httpView());
  });
}
