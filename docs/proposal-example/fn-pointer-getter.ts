// scenario: fn-pointer-getter
// Explored (no expect line yet): the same record of function types as type-erased-getter; to TypeScript a fn pointer is no other type.
import { KitData, linkBoth, type Linked, type IpNameLookupHost } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

interface Getters {
  readonly sockets: (d: KitData, use: (host: IpNameLookupHost) => unknown) => unknown;
  readonly http: (d: KitData, use: (host: IpNameLookupHost) => unknown) => unknown;
}

const getters: Getters = { sockets: (d, use) => lendSocketsHost(d, use), http: (d, use) => lendHttpHost(d, use) };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
