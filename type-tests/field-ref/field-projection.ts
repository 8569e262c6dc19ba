// scenario: field-projection
// expect: compiles
// rust: compiles
// The host state lives in one field of the store data, and each getter borrows that field:
// `d => field(d, "kit")`, D1's `|s| &mut s.kit`. The field is a ViewHosts: both views, and so (by
// wasmtime-wasi <= 20's blanket impls) the host of both interfaces. Both languages accept it with
// nothing annotated: T comes from the linker, the parameter's type from the getter's function type
// (Rust: from the `Fn(&mut T) -> &mut U` bound), U from the borrow the getter returns.
import { linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets, ViewHosts } from "../../designs/field-ref.ts";

class App {
  readonly kit = new ViewHosts();
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(d, "kit"));
    http.addToLinker(linker, (d) => field(d, "kit"));
  });
}
