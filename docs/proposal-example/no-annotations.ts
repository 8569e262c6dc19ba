// scenario: no-annotations
// expect: compiles
// No type arguments and no parameter annotations: each arrow is checked against the getter's
// generic signature, which types both `d` and `use` (TypeScript gives an arrow a
// contextual generic signature).

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}
