// scenario: send-host
// expect: compiles
// rust: error nocode
// field-projection's getter, `d.kit.socketsView()` under the library's marker, with `async: true`,
// over store data that also holds a log shared through an `Rc`. TypeScript has no `Send`, and this
// design's bindgen takes the option and ignores it: the concurrent guest's two `await-status` calls
// run through WasiHttp's HostWithStore. In Rust, bindgen! at wasmtime 36 has no `async` option (PR
// #11328 replaced it with `imports: { default: async }`), so the attempt does not compile (a macro
// error, no code); without the option `await-status` is concurrent anyway, and http's `add_to_linker`
// asks `T: 'static + Send`, which LocalData is not (E0277).
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, libraries, type WasiHttp, type WasiSockets } from "../../designs/host-with-store.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker<LocalData, WasiSockets>(linker, (d) => d.kit.socketsView());
    http.addToLinker<LocalData, WasiHttp>(linker, (d) => d.kit.httpView());
  });
}
