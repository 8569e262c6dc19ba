// scenario: send-host
// expect: compiles
// rust: error E0277
// field-projection's getter, `d.kit.socketsView()` under the library's marker, with async bindings,
// over store data that also holds a log shared through an `Rc`. TypeScript has no `Send`: `async:
// true` changes nothing, and the concurrent guest's two `await-status` calls run through the hosts.
// In Rust, HasData's async bindings ask `T: 'static + Send`
// (v34.0.0:crates/component-macro/tests/expanded/simple-functions_async.rs:214): the store data is
// not `Send` (E0277).
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, libraries, type WasiHttp, type WasiSockets } from "../../designs/gat-like.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker<LocalData, WasiSockets>(linker, (d) => d.kit.socketsView());
    http.addToLinker<LocalData, WasiHttp>(linker, (d) => d.kit.httpView());
  });
}
