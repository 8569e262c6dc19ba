// scenario: field-projection
// expect: compiles
// rust: compiles
// The host of the `kit` field: its libraries' view struct, `d.kit.socketsView()`. These libraries
// keep bindgen!'s forwarding impls, so their hosts are their view structs, not every view. Both
// languages take it; Rust's closure goes through the annotation helper every caller wrote (rust-lang/rust#58052).
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.kit.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.kit.httpView());
  });
}
