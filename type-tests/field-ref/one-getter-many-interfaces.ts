// scenario: one-getter-many-interfaces
// expect: compiles
// rust: error E0308 nocode
// One getter value, kept in a const and passed to both interfaces. A const arrow gets no contextual
// type (findings/closure-signature-not-deduced: TS7006), so its parameter is annotated, with the borrow type, as the Rust
// twin's is with `&mut` (`let get = |s: &mut KitData| s;`); the plain `(d: ViewHosts) => d` would be
// TS2345, its result no borrow. TypeScript infers the return type from the body and both calls
// accept it. Rust does not: outside a call the closure gets no signature from the
// `Fn(&mut T) -> &mut U` bound, so its returned borrow is not tied to its parameter's ("lifetime may
// not live long enough", no code), and it is not general enough for the bound (E0308 "one type is
// more general than the other"); a `fn` item would compile. TypeScript has no lifetimes to lose.
import { linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type Borrow, http, sockets, ViewHosts } from "../../designs/field-ref.ts";

export function link(): Linked<ViewHosts> {
  const get = (d: Borrow<ViewHosts>) => d;
  expectTypeOf(get).returns.toEqualTypeOf<Borrow<ViewHosts>>();
  const data = new ViewHosts();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
