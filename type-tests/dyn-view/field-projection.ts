// scenario: field-projection
// expect: compiles
// rust: compiles
// Each getter returns the field holding the state, `d => d.kit`, as the interface's view: a
// KitData has every member SocketsView and HttpView ask for, so it is one, and the library's host
// written once over the view serves it. The Rust twin must cast and annotate,
// `type_annotate(|s: &mut AppData| &mut s.kit as &mut dyn SocketsView)`, as the call sites of
// PR #8609's time did; then it compiles too. A TypeScript interface is already a trait object:
// there is no cast to write and no coercion to infer.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

class App {
  readonly kit = new KitData();
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit);
    http.addToLinker(linker, (d) => d.kit);
  });
}
