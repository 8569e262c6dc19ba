// scenario: no-annotations
// expect: compiles
// rust: error E0283
// `(d) => d` with no type arguments. TypeScript takes it: U has no inference site and silently
// becomes its constraint (findings/constraint-not-inference-site). Rust cannot pick U from
// `B: BorrowMut<U>` (std has several impls): "type annotations needed" (E0283), so every call names U.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
