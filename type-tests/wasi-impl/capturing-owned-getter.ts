// scenario: capturing-owned-getter
// expect: compiles
// rust: error E0277
// A closure owning a tenant's name: TypeScript takes it; GetHost wants Copy (E0277).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

export function link(): Linked<AppData> {
  const tenant = { name: "acme" };
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant.name]!.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d.tenants[tenant.name]!));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(d.tenants[tenant.name]!));
  });
}
