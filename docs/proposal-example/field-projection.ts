// scenario: field-projection
// expect: compiles
// The store data keeps the kit's data in one field, and each getter lends its library's host over
// that field. The field is a view of both interfaces, so the library's lender takes it as it is.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

/** An embedder's store data: the kit's data, one field among the embedder's own. */
class AppData {
  readonly wasi = new KitData();
  readonly requests = 0;
}

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.wasi.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d.wasi, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d.wasi, use));
  });
}
