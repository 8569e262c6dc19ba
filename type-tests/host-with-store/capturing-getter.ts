// scenario: capturing-getter
// expect: compiles
// rust: error E0308
// A closure capturing a tenant's name. TypeScript's getter is any function, so it may capture.
// Rust's getter is still D7's `fn` pointer, and a capturing closure does not coerce to one (E0308).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<AppData> {
  const tenant = "acme";
  const data = new AppData();
  return linkBoth(data, data.tenants[tenant]!.table, (linker) => {
    sockets.addToLinker<AppData, WasiSockets>(linker, (d) => d.tenants[tenant]!.socketsView());
    http.addToLinker<AppData, WasiHttp>(linker, (d) => d.tenants[tenant]!.httpView());
  });
}
