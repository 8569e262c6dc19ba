// scenario: no-annotations
// expect: compiles
// rust: compiles
// `(d) => d` straight to D1's `addToLinker`: the bound is a plain function type, so the parameter
// comes from it in both languages.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
