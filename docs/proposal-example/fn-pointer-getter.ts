// scenario: fn-pointer-getter
// expect: error TS2345 at 16 "'(host: IpNameLookupHost) => unknown' is not assignable to"
// expect: error TS2345 at 21 "'(d: KitData, use: (host: IpNameLookupHost) => unknown) =>"
// expect: error TS2345 at 22 "'(d: KitData, use: (host: IpNameLookupHost) => unknown) =>"
// The same record of function types as type-erased-getter (to TypeScript a boxed closure and a `fn`
// pointer are one function type), pinned: a getter typed apart is no generic Lender (21, 22), and
// the record's one parameter list hands http's lender a sockets callback (16).
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
