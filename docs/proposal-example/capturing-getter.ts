// scenario: capturing-getter
// expect: compiles
// The sockets getter captures a name table made when linking (a staging resolver, say) and lends
// the library's host over it and the store's shared table.

import { KitData, linkBoth, type Linked, SocketsCtx } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const staging = new SocketsCtx({ localhost: ["127.0.0.1"], "api.staging": ["10.1.0.7"] });
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost({ table: d.table, sockets: staging }, use));
    http.addToLinker(linker, lendHttpHost);
  });
}
