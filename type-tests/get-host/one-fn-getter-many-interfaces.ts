// scenario: one-fn-getter-many-interfaces
// rust: compiles
// (prose)
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

function get(d: KitData): KitData {
  return d;
}

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
