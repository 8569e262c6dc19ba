// scenario: one-getter-many-interfaces
// expect: compiles
// rust: error E0308 nocode
// One getter value for both interfaces: the store data is a ViewHosts, the host of both, so the
// const arrow returns it, with its parameter annotated (a const arrow has no contextual type,
// findings/closure-signature-not-deduced). Each call infers its own U from that one return type. Rust refuses the twin,
// `let get = |s: &mut KitData| s;`, as in D1: a closure defined outside the call has its return
// borrow cut from its parameter's ("lifetime may not live long enough", no code) and is then not
// general enough (E0308). AsMut would not help in TypeScript either: one class has one `[asMut]`
// method, so it cannot lend two different hosts the way Rust's AsMut<A> + AsMut<B> impls can.
import { linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { http, sockets, ViewHosts } from "../../designs/borrow-returning.ts";

export function link(): Linked<ViewHosts> {
  const get = (d: ViewHosts) => d;
  expectTypeOf(get).returns.toEqualTypeOf<ViewHosts>();
  const data = new ViewHosts();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, get);
    http.addToLinker(linker, get);
  });
}
