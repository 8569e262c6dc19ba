// finding: constraint-not-inference-site
// expect: compiles
// rust: compiles
//
// The field-ref getter of wasmtime <= 20 (D1) is `get: F where F: Fn(&mut T) -> &mut U, U: Host`:
// the host type U is read off the closure's return type. Written the same way in TypeScript,
// `F extends (data: T) => U`, the getter's parameter is typed (F's constraint is a call signature),
// but U is never inferred from F: a type parameter's constraint is not an inference site for the
// other type parameters (microsoft/TypeScript#7234). U falls back to its own constraint:
// - with the Host bound on U, U is the Host interface: the SocketsViewHost the getter returns is
//   widened to IpNameLookupHost, and what addToLinker hands back has lost its `view`;
// - with the Host bound placed elsewhere (U unconstrained), U is `unknown`, F's constraint becomes
//   `(data: T) => unknown`, and a getter returning a number is accepted: it fails open.
// `ReturnType<F>` recovers the precise type.
//
// Rust: compiles, with U = the closure's return type (the `Fn` bound's output is a projection rustc
// solves for U); a non-Host return is E0277 there.

import { type HostAccess, type IpNameLookupHost, KitData, Linker, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";

/** Each returns the host access it registered, typed as the linker sees it. */
declare function addToLinker<T, U extends IpNameLookupHost, F extends (data: T) => U>(linker: Linker<T>, get: F): HostAccess<T, U>;
declare function addToLinkerUnbounded<T, U, F extends (data: T) => U>(linker: Linker<T>, get: F): HostAccess<T, U>;
declare function addToLinkerByReturn<T, F extends (data: T) => IpNameLookupHost>(linker: Linker<T>, get: F): HostAccess<T, ReturnType<F>>;

const linker = new Linker<KitData>();

// the parameter is typed either way
const widened = addToLinker(linker, (data) => {
  expectTypeOf(data).toEqualTypeOf<KitData>();
  return new SocketsViewHost(data);
});
// but U is the bound, not SocketsViewHost
expectTypeOf(widened).returns.toEqualTypeOf<IpNameLookupHost>();
expectTypeOf(widened).returns.not.toHaveProperty("view");

// without a bound on U, U is unknown and any getter passes
const open = addToLinkerUnbounded(linker, () => 42);
expectTypeOf(open).returns.toBeUnknown();

// ReturnType<F> keeps what the getter returns
const precise = addToLinkerByReturn(linker, (data) => new SocketsViewHost(data));
expectTypeOf(precise).returns.toEqualTypeOf<SocketsViewHost>();
