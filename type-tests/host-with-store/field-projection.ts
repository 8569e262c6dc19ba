// scenario: field-projection
// expect: compiles
// rust: compiles
// The `kit` field's view structs under the libraries' markers: `WasiHttp` also has the library's
// HostWithStore, so http's `await-status` is covered. Both take it.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker<AppData, WasiSockets>(linker, (d) => d.kit.socketsView());
    http.addToLinker<AppData, WasiHttp>(linker, (d) => d.kit.httpView());
  });
}
