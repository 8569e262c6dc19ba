// scenario: send-host
// expect: compiles
// rust: error E0277
// field-projection's getter, `field(d, "kit")`, under async bindings, over store data that also
// holds a log shared through an `Rc`. TypeScript has no `Send`: `async: true` changes nothing, and
// the concurrent guest's two `await-status` calls run through the hosts. In Rust the seed comment's
// bindings keep wasmtime 20's async bounds, `T: Send` and `U: Host + Send`: the store data is not
// `Send` (E0277).
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, field, libraries } from "../../designs/borrow-host.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(d, "kit"));
    http.addToLinker(linker, (d) => field(d, "kit"));
  });
}
