// scenario: shared-table
// expect: compiles
// rust: compiles
// `d => d` through D1's `addToLinker`: the store data is both views, so the blanket impls make it
// the host of both interfaces. As under field-ref.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
