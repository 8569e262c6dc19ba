// scenario: one-getter-many-interfaces
// expect: error TS2345 at 14 "'(d: KitData, use: (host: KitData) => unknown) => unknown'"
// expect: error TS2345 at 15 "'(d: KitData, use: (host: KitData) => unknown) => unknown'"
// One lender kept in a const, lending the store data itself to both interfaces. Declared apart from
// the call it must be written generic, `<R>(d, use: (host) => R) => R`; written plainly it is no
// Lender (TS2345), and KitData is a view of both interfaces but the host of neither anyway.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const get = (d: KitData, use: (host: KitData) => unknown) => use(d);
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
