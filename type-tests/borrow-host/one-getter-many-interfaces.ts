// scenario: one-getter-many-interfaces
// expect: compiles
// rust: error E0308 nocode
// One getter kept in a const, its parameter annotated with the borrow type. TypeScript takes it for
// both interfaces. Rust's `let get = |d: &mut KitData| d;` gets no signature from the bound outside a
// call, so its result is not tied to its parameter (no code) and it is not general enough (E0308),
// rust-lang/rust#58052, as under field-ref.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type Borrow, http, sockets } from "../../designs/borrow-host.ts";

export function link(): Linked<KitData> {
  const get = (d: Borrow<KitData>) => d;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
