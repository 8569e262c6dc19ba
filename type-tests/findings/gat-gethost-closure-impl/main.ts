// finding: gat-gethost-closure-impl
// expect: error TS2322 at 34 "Type 'unknown' is not assignable to type 'never'."
// rust: error E0207
//
// The seed thread's GAT GetHost (D4) has the store type as an associated type, `type T`. bindgen!
// would make every field-ref closure a getter with a blanket impl, as D3's bindings do (`impl<F, T,
// O> GetHost<T> for F`): `impl<F, T, U> GetHost for F where F: Fn(&mut T) -> &mut U`. Rust refuses
// the impl itself: T and U appear only in a bound, and a bound constrains no parameter of an impl,
// so both are unconstrained (E0207, rust/twins/findings/gat-gethost-closure-impl.rs). It is the
// first wall the GAT form meets: with no blanket impl, every getter is a named type.
//
// TypeScript: "every function is a GetHost" is a declaration merged into the global `Function`
// interface, its associated types read from the function's own signature through `this`, as the
// design's interface reads `this["T"]`. TypeScript takes the declaration, but in the members of
// `Function` that every function type has, `this` is not the function's own type: both are
// `never`. So the implementation on `Function.prototype` is refused (TS2322, `unknown` is no
// `never`), and every closure is taken as a getter whatever it returns, a number included, since
// `never` is assignable to every host: where Rust refuses the impl, TypeScript accepts every call
// and checks nothing.

import { KitData, Linker, type SocketsCtxView } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { sockets } from "../../../designs/gat-gethost.ts";

declare global {
  /** Every function a sockets GetHost, its associated types read from its own signature through `this`. */
  interface Function {
    readonly T: this extends (data: infer T) => unknown ? T : never;
    readonly SocketsHost: this extends (data: never) => infer Host ? Host : never;
    getSocketsHost(data: this["T"]): this["SocketsHost"];
  }
}

Function.prototype.getSocketsHost = function (this: (data: unknown) => unknown, data: unknown) {
  return this(data);
};

// in the global Function interface `this` is not the function's own type: both types are `never`
expectTypeOf<((d: KitData) => SocketsCtxView)["T"]>().toBeNever();
expectTypeOf<((d: KitData) => SocketsCtxView)["SocketsHost"]>().toBeNever();

const linker = new Linker<KitData>();
sockets.addToLinker(linker, (d: KitData) => d.socketsView());
// a getter returning no host at all is taken too: `never` is assignable to every host
sockets.addToLinker(linker, (d: KitData) => d.table.size);
