// scenario: one-fn-getter-many-interfaces
// expect: error TS2345 at 15 "'(d: KitData, use: (host: KitData) => unknown) => unknown'"
// expect: error TS2345 at 16 "'(d: KitData, use: (host: KitData) => unknown) => unknown'"
// One lender function for both interfaces, lending the store data itself: refused as the const is (TS2345).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "./design.ts";

function get(d: KitData, use: (host: KitData) => unknown): unknown {
  return use(d);
}

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
