// scenario: world-add-to-linker
// expect: error TS2322 at 13 "is not assignable to type 'SocketsCtxView & HttpCtxView"
// rust: error E0277
// Through wasmtime 33 the world's `add_to_linker` stayed D1's (there was no world-level GetHost),
// so its one getter must lend a value that is every interface's host: with hosts on the libraries'
// view structs that is `SocketsCtxView & HttpCtxView`, which no value is (TS2322).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { fetcher } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    fetcher.addToLinker(linker, (d) => d);
  });
}
