// scenario: field-projection
// expect: compiles
// rust: compiles
// `addToLinker` is D1's, kept: a field-ref closure borrowing the `kit` field, a host through the
// libraries' blanket impl. Both languages take it, as under field-ref.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/borrow-host.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(d, "kit"));
    http.addToLinker(linker, (d) => field(d, "kit"));
  });
}
