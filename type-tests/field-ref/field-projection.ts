// scenario: field-projection
// expect: compiles
// rust: compiles
// The getter borrows the store data's `kit` field, which wasmtime-wasi 20's blanket
// `impl<T: WasiView> Host for T` makes the host of both interfaces; `field()` is the projection.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { field, http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(d, "kit"));
    http.addToLinker(linker, (d) => field(d, "kit"));
  });
}
