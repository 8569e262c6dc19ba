// scenario: one-getter-many-interfaces
// rust: compiles
// (prose)
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
