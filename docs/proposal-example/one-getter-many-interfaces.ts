// scenario: one-getter-many-interfaces
// expect: error TS2345 at 17 "is missing the following properties from type 'IpNameLookupHost'"
// expect: error TS2345 at 18 "is missing the following properties from type 'OutgoingHandlerHost'"
// One getter value for both interfaces, lending the store data itself, as `d => d` serves both
// interfaces in dyn-view. Here a getter lends a host, not a view, and KitData is a view of both
// interfaces but the host of neither: each call is TS2345. One getter could serve both only by
// lending a value that implements both Host interfaces; this is the price of lending hosts.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, type Lender, sockets } from "./design.ts";

const lendData: Lender<KitData, KitData> = (d, use) => use(d);

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, lendData);
    http.addToLinker(linker, lendData);
  });
}
