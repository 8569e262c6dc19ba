// scenario: one-getter-many-interfaces
// expect: error TS2345 at 14 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// expect: error TS2345 at 15 "'(d: Borrow<KitData>) => Borrow<KitData>' is not assignable"
// rust: error E0277
// One getter returning the store data, kept in a const, for both interfaces. KitData is no host here
// (only the libraries' view structs are), so both languages refuse it: TS2345, Rust E0277.
import { type Borrow, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const get = (d: Borrow<KitData>) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
