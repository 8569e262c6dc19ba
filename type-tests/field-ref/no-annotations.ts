// scenario: no-annotations
// expect: compiles
// rust: compiles
// `(d) => d` passed straight to `addToLinker`: the bound is a plain function type, so the closure's
// parameter comes from it in both languages.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
