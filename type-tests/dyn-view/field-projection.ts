// scenario: field-projection
// expect: compiles
// rust: compiles
// The `kit` field as the view interface itself: any SocketsView is one in TypeScript; Rust coerces
// `&mut d.kit` to `&mut dyn SocketsView` inside the annotation helper PR #8609's callers wrote (rust-lang/rust#58052).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.kit);
    http.addToLinkerGetHost(linker, (d) => d.kit);
  });
}
