// scenario: capturing-getter
// expect: compiles
// The sockets getter captures a name table made when linking (a staging resolver, say) and lends
// the library's host over it and the store's shared table.

import { KitData, type Linked, Linker, SocketsCtx, Store } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const staging = new SocketsCtx({ localhost: ["127.0.0.1"], "api.staging": ["10.1.0.7"] });
  const data = new KitData();
  const linker = new Linker<KitData>();
  sockets.addToLinker(linker, (d, use) => lendSocketsHost({ table: d.table, sockets: staging }, use));
  http.addToLinker(linker, lendHttpHost);
  return { linker, store: new Store(data), table: data.table };
}
