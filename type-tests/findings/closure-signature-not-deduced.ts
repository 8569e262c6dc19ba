// finding: closure-signature-not-deduced
// expect: error TS7006 at 33 "Parameter 'data' implicitly has an 'any' type."
// expect: error TS7006 at 36 "Parameter 'data' implicitly has an 'any' type."
// rust: error nocode
//
// The counterpart of rust-lang/rust#58052 (closure signatures are not deduced through a bound that
// is not an `Fn` bound), which made wasmtime's `GetHost` getters (D3, wasmtime 21-33) need
// `type_annotate`. Two getters lose their parameter type here:
// - passed where the bound is a trait-like interface with a method instead of a call signature.
//   Every function has such a method (`Function.prototype.call`), so functions do implement it, as
//   Rust's blanket `impl<F: Fn(&mut T) -> U> GetHost<T> for F` makes closures implement `GetHost`;
// - written first into a const and passed later, even to the kit's plain-function wiring.
// TypeScript takes a parameter's contextual type only from a call signature in the expected
// type, so in both cases `data` is implicitly any: TS7006 under `strict` (the two errors pinned
// above).
//
// The fix compiles: an annotated parameter. Where TypeScript differs: in Rust the annotated closure
// still fails ("lifetime may not live long enough"; the higher-ranked part has no TypeScript
// counterpart), and only routing the closure through a function with an `Fn` bound fixes it.
// Rust (rust/twins/findings/closure-signature-not-deduced.rs): errors without a code.

import { addInterfaceToLinker, ipNameLookup, type IpNameLookupHost, KitData, Linker, SocketsViewHost } from "accessor-kit";

/** The getter's bound as a one-method trait, like wasmtime's `GetHost<T>`. */
interface GetHostTrait<T, H> {
  call(receiver: unknown, data: T): H;
}
declare function addToLinker<T>(linker: Linker<T>, getter: GetHostTrait<T, IpNameLookupHost>): void;

const linker = new Linker<KitData>();

// the two getters that lose their parameter type
addToLinker(linker, (data) => new SocketsViewHost(data));

// (the same getter written first, passed later)
const getSockets = (data) => new SocketsViewHost(data);
addInterfaceToLinker(linker, ipNameLookup, getSockets);

// the fix: the parameter is annotated
const getSocketsAnnotated = (data: KitData) => new SocketsViewHost(data);
addInterfaceToLinker(linker, ipNameLookup, getSocketsAnnotated);
addToLinker(linker, (data: KitData) => new SocketsViewHost(data));
