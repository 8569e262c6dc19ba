// finding: hkt-parameter-fallback
// expect: error TS2322 at 41 "Type 'number' is not assignable to type 'SocketsCtxView'."
// rust: error E0283 E0308
//
// wasmtime 34's getter (D7, PR #10770) returns `D::Data<'a>`, where the marker D is a `HasData`
// with a generic associated type. TypeScript has no GATs; the gat-like design's stand-in
// (designs/gat-like.ts) is a type-level function: `Data<D, T>` applies the marker D to the store
// data T by intersecting it with `{ store: T }`. D then occurs in the getter's type only inside
// that application, which is not a place inference can read D from.
//
// This finding uses the design's vocabulary with the undefended signature. With D named, the getter
// is checked against D's view: `HasSelf<KitData>` takes `data => data`, and a getter returning a
// number where `WasiSockets` wants a SocketsCtxView is TS2322. With D left out, TypeScript does
// not say that it cannot infer D: D silently becomes its constraint `HasData`, the view becomes
// `unknown`, and any getter at all is accepted, `() => 42` included (the assertions show what was
// inferred). See microsoft/TypeScript#1213 (higher-kinded types).
// The gat-like design defends against exactly this: its addToLinker maps the bare constraint to
// the error type `NameD`.
//
// Rust fails closed: leaving D out is E0283 "type annotations needed" (twice per call), and the
// number getter is E0308 (rust/twins/findings/hkt-parameter-fallback.rs).

import { type Borrow, KitData, Linker } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import type { Data, HasData, HasSelf, WasiSockets } from "../../designs/gat-like.ts";

/** What addToLinker registered: the marker it used, and the getter as the linker typed it. */
interface Registration<T, D extends HasData> {
  readonly marker: D;
  readonly get: (data: Borrow<T>) => Data<D, T>;
}
/** wasmtime 34's `add_to_linker::<T, D>(linker, getter)`, without a defence against a missing D. */
declare function addToLinker<T, D extends HasData>(linker: Linker<T>, getter: (data: Borrow<T>) => Data<D, T>): Registration<T, D>;

const linker = new Linker<KitData>();

// D named: the getter is checked against D's view
const itself = addToLinker<KitData, HasSelf<KitData>>(linker, (data) => data);
expectTypeOf(itself.get).returns.toEqualTypeOf<Borrow<KitData>>();
addToLinker<KitData, WasiSockets>(linker, (data) => data.socketsView());
addToLinker<KitData, WasiSockets>(linker, () => 42);

// D left out: it falls back to HasData, the view to unknown, and a number "host" is accepted
const anything = addToLinker(linker, () => 42);
expectTypeOf(anything.marker).toEqualTypeOf<HasData>();
expectTypeOf(anything.get).returns.toBeUnknown();
