// finding: partial-type-arguments
// expect: error TS2558 at 45 "Expected 2 type arguments, but got 1."
// expect: error TS2339 at 45 "Property 'socketsView' does not exist on type 'Borrow<WasiSockets>'."
// expect: error TS2304 at 46 "Cannot find name '_'."
// rust: error E0107
//
// wasmtime 34's getter (D7, PR #10770) needs the marker type D named at the call and T inferred:
// `add_to_linker::<_, HasSelf<_>>(linker, |s| s)`, with `_` for "infer this one". A user of the
// gat-like design (designs/gat-like.ts, `sockets.addToLinker<T, D>`) tries the same two ways:
// giving only D, and giving `_` for T.
//
// TypeScript infers all type arguments of a call or none. One argument where two are declared is
// TS2558, and it is taken as the first parameter, T: the getter's `data` becomes a WasiSockets and
// `data.socketsView()` fails as well (TS2339). `_` is just an unknown name, TS2304 (microsoft/TypeScript#26242 "partial type argument
// inference", open; #10571; the `_` sigil of PR #26349 was closed). What compiles is
// naming both, or splitting the call so that D is given in one step and T inferred in the next:
// currying, or a witness value whose type is D. Both are written here on top of the design's own
// addToLinker, and both keep the getter's parameter typed (the assertions show T = KitData).
//
// Rust refuses `::<WasiSockets>` alone too (E0107), but its `::<_, WasiSockets>` compiles; there only
// leaving D out entirely fails, E0283 (see hkt-parameter-fallback for what TypeScript does then).

import { type HostFor, KitData, Linker } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type HasData, libraries, type NamedView, sockets, type WasiSockets } from "../../designs/gat-like.ts";

type SocketsGetter<T, D extends HasData> = (data: T) => NamedView<D, T> & HostFor<typeof libraries, "sockets">;

/** Currying: D is given to the first call, T is inferred by the second. */
const addSocketsWith =
  <D extends HasData>() =>
  <T>(linker: Linker<T>, getter: SocketsGetter<T, D>): void =>
    sockets.addToLinker<T, D>(linker, getter);

/** A witness: a value whose type is D stands in for naming D. */
function addSocketsVia<T, D extends HasData>(linker: Linker<T>, _marker: D, getter: SocketsGetter<T, D>): void {
  sockets.addToLinker<T, D>(linker, getter);
}
/** The phantom value a library would export beside its marker type. */
declare const wasiSockets: WasiSockets;

const linker = new Linker<KitData>();

// the two attempts: only D, and `_` for T
sockets.addToLinker<WasiSockets>(linker, (data) => data.socketsView());
sockets.addToLinker<_, WasiSockets>(linker, (data) => data.socketsView());

// what compiles: both named, D curried, D given by a witness value
sockets.addToLinker<KitData, WasiSockets>(linker, (data) => data.socketsView());
addSocketsWith<WasiSockets>()(linker, (data) => {
  expectTypeOf(data).toEqualTypeOf<KitData>();
  return data.socketsView();
});
addSocketsVia(linker, wasiSockets, (data) => {
  expectTypeOf(data).toEqualTypeOf<KitData>();
  return data.socketsView();
});
