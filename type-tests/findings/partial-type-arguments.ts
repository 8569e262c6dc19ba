// finding: partial-type-arguments
// expect[ts6]: error TS2558 at 49 "Expected 2 type arguments, but got 1."
// expect[ts6]: error TS2345 at 49 "Argument of type 'WasiSockets' is not assignable to parameter of type 'SocketsView'."
// expect[ts6]: error TS2304 at 50 "Cannot find name '_'."
// expect[ts7]: error TS2558 at 49 "Expected 2 type arguments, but got 1."
// expect[ts7]: error TS2739 at 49 "Type 'WasiSockets' is missing the following properties from type 'SocketsView'"
// expect[ts7]: error TS2304 at 50 "Cannot find name '_'."
// rust: error E0107
//
// wasmtime 34's getter (D7, PR #10770) needs the marker type D named at the call and T inferred:
// `add_to_linker::<_, HasSelf<_>>(linker, |s| s)`, with `_` for "infer this one". A user of the
// gat-like design (designs/gat-like.ts, `sockets.addToLinker<T, D>`) tries the same two ways:
// giving only D, and giving `_` for T.
//
// TypeScript infers all type arguments of a call or none. One argument where two are declared is
// TS2558, and it is taken as the first parameter, T: the getter's `data` becomes a WasiSockets and
// `new SocketsViewHost(data)` fails as well (TS 6.0.3 reports TS2345, TS 7.0.2 its elaboration
// TS2739). `_` is just an unknown name, TS2304 (microsoft/TypeScript#26242 "partial type argument
// inference", open; #10571; the `_` sigil of PR #26349 was closed). What compiles is
// naming both, or splitting the call so that D is given in one step and T inferred in the next:
// currying, or a witness value whose type is D. Both are written here on top of the design's own
// addToLinker, and both keep the getter's parameter typed (the assertions show T = KitData).
//
// Rust refuses `::<WasiSockets>` alone too (E0107), but its `::<_, WasiSockets>` compiles; there only
// leaving D out entirely fails, E0283 (see hkt-parameter-fallback for what TypeScript does then).

import { type IpNameLookupHost, KitData, Linker, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type HasData, type NamedView, sockets, type WasiSockets } from "../../designs/gat-like.ts";

type SocketsGetter<T, D extends HasData> = (data: T) => NamedView<D, T> & IpNameLookupHost;

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
sockets.addToLinker<WasiSockets>(linker, (data) => new SocketsViewHost(data));
sockets.addToLinker<_, WasiSockets>(linker, (data) => new SocketsViewHost(data));

// what compiles: both named, D curried, D given by a witness value
sockets.addToLinker<KitData, WasiSockets>(linker, (data) => new SocketsViewHost(data));
addSocketsWith<WasiSockets>()(linker, (data) => {
  expectTypeOf(data).toEqualTypeOf<KitData>();
  return new SocketsViewHost(data);
});
addSocketsVia(linker, wasiSockets, (data) => {
  expectTypeOf(data).toEqualTypeOf<KitData>();
  return new SocketsViewHost(data);
});
