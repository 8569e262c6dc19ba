// scenario: one-getter-many-interfaces
// expect: compiles
// rust: error E0308 nocode
// One getter kept in a const and passed to both interfaces. A const arrow gets no contextual type,
// so its parameter is annotated (with the borrow type, as Rust's is `&mut KitData`); TypeScript infers
// the result from the body and both calls take it. Rust does not: a closure kept in a `let` gets no
// signature from the `Fn(&mut T) -> &mut U` bound, so its result's lifetime is not tied to its
// parameter's ("lifetime may not live long enough", no code) and it is not general enough for the
// bound (E0308 "one type is more general than the other"), rust-lang/rust#58052. The same getter as
// a `fn` item compiles (one-fn-getter-many-interfaces).
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Borrow, http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const get = (d: Borrow<KitData>) => d;
  expectTypeOf(get).returns.toEqualTypeOf<Borrow<KitData>>();
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
