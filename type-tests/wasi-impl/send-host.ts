// scenario: send-host
// expect: compiles
// rust: error E0277
// field-projection's getter, `new WasiImpl(d.kit)`, under async bindings, over store data that also
// holds a log shared through an `Rc`. TypeScript has no `Send`: `async: true` changes nothing, and
// the concurrent guest's two `await-status` calls run through the hosts. In Rust, the wrapper
// around `&mut KitData` is `Send`, the store data is not (E0277).
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, libraries, WasiHttpImpl, WasiImpl } from "../../designs/wasi-impl.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => new WasiImpl(d.kit));
    http.addToLinkerGetHost(linker, (d) => new WasiHttpImpl(d.kit));
  });
}
