// scenario: named-getter-type
// expect: compiles
// rust: compiles
// The seed comment's BorrowHost implemented by hand: `borrowHost(data)` hands out the store data, a
// host of both interfaces under D1's libraries. Both languages take it, and the guest runs through
// it.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type BorrowHost, http, sockets } from "../../designs/borrow-host.ts";

class KitGetter implements BorrowHost<KitData, KitData> {
  borrowHost(data: KitData): KitData {
    return data;
  }
}

export function link(): Linked<KitData> {
  const data = new KitData();
  const getter = new KitGetter();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerBorrowHost(linker, getter);
    http.addToLinkerBorrowHost(linker, getter);
  });
}
