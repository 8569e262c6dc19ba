// scenario: send-host
// expect: compiles
// rust: error E0277
// field-projection's getter, `d.kit.socketsView()`, under async bindings, over store data that also
// holds a log shared through an `Rc`. TypeScript has no `Send`: `async: true` changes nothing, and
// the concurrent guest's two `await-status` calls run through the hosts. In Rust,
// `add_to_linker_get_host` asks `T: Send` and the GetHost's `Host + Send`
// (v22.0.0:crates/component-macro/tests/expanded/simple-functions_async.rs:87,101): the view struct
// is `Send`, the store data is not (E0277).
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, libraries } from "../../designs/get-host.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.kit.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.kit.httpView());
  });
}
