// scenario: field-projection
// expect: compiles
// rust: compiles
// The `kit` field's view struct under the library's marker, `addToLinker::<_, WasiSockets>`: the
// marker names the view D::Data<'_>, and the closure coerces to the `fn` pointer. Both take it.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker<AppData, WasiSockets>(linker, (d) => d.kit.socketsView());
    http.addToLinker<AppData, WasiHttp>(linker, (d) => d.kit.httpView());
  });
}
