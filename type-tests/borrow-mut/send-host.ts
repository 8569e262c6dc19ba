// scenario: send-host
// expect: compiles
// rust: error E0277
// field-projection's getter, `d.kit`, under async bindings, over store data that also holds a log
// shared through an `Rc`. TypeScript has no `Send`: `async: true` changes nothing, and the
// concurrent guest's two `await-status` calls run through the hosts. In Rust the store data is not
// `Send` (E0277), and rustc stops there: field-projection's lifetime error (no code) is not
// reported, though the getter still has it.
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, libraries } from "../../designs/borrow-mut.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit);
    http.addToLinker(linker, (d) => d.kit);
  });
}
