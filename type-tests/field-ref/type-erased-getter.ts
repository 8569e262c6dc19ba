// scenario: type-erased-getter
// expect: compiles
// rust: error E0277
// Both getters kept in one record and linked later. A TypeScript function type is already erased.
// The Rust twin boxes them, `Box<dyn Fn(&mut KitData) -> &mut KitData + Send + Sync>`: a box is not
// `Copy`, which D1's getter bound requires (E0277). As `fn` pointers they compile
// (fn-pointer-getter).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type Borrow, http, sockets } from "../../designs/field-ref.ts";

interface Getters {
  readonly sockets: (d: Borrow<KitData>) => Borrow<KitData>;
  readonly http: (d: Borrow<KitData>) => Borrow<KitData>;
}

const getters: Getters = { sockets: (d) => d, http: (d) => d };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
