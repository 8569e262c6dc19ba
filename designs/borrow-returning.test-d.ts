import { HttpViewHost, type IpNameLookupHost, KitData, type OutgoingHandlerHost, SocketsViewHost } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { asMut, type AsMut, borrowMut, type BorrowHost, type BorrowMut, sockets, ViewHosts } from "./borrow-returning.ts";

/** Where the design's BorrowHost puts U: in the getter's return type. */
declare function hostOf<T, U extends IpNameLookupHost>(get: BorrowHost<T, U>): U;
/** The same bound written as the proposal's Rust does, `F: Fn(&mut T) -> B, B: BorrowMut<U>`. */
declare function hostOfRustShaped<T, U extends IpNameLookupHost, B extends BorrowMut<U>>(get: (data: T) => B): U;

describe("BorrowMut", () => {
  test("a host is a BorrowMut of itself, std's `impl<T> BorrowMut<T> for T`", () => {
    expectTypeOf<SocketsViewHost>().toExtend<BorrowMut<IpNameLookupHost>>();
  });

  test("a lender is one: anything whose [asMut]() gives the host, #8382's AsMut<U>", () => {
    expectTypeOf<{ [asMut]: () => HttpViewHost }>().toExtend<AsMut<OutgoingHandlerHost>>();
    expectTypeOf<AsMut<HttpViewHost>>().toExtend<BorrowMut<OutgoingHandlerHost>>();
  });

  test("store data that is only a view is neither, TypeScript having no blanket host over views", () => {
    expectTypeOf<KitData>().not.toExtend<BorrowMut<IpNameLookupHost>>();
  });
});

describe("borrowMut", () => {
  test("stands for the host, whether it was given the host or a lender of it", () => {
    expectTypeOf(borrowMut<SocketsViewHost>).parameter(0).toEqualTypeOf<SocketsViewHost | AsMut<SocketsViewHost>>();
    expectTypeOf(borrowMut<SocketsViewHost>).returns.toEqualTypeOf<SocketsViewHost>();
  });
});

describe("BorrowHost: where U comes from", () => {
  test("U is inferred from what the getter returns, a host or a lender", () => {
    expectTypeOf(hostOf((d: KitData) => new SocketsViewHost(d))).toEqualTypeOf<SocketsViewHost>();
    expectTypeOf(hostOf((d: KitData) => ({ [asMut]: () => new SocketsViewHost(d) }))).toEqualTypeOf<SocketsViewHost>();
  });

  test("written the Rust way, U only in a constraint, it is never inferred and silently is the Host (findings B4(i))", () => {
    expectTypeOf(hostOfRustShaped((d: KitData) => new SocketsViewHost(d))).toEqualTypeOf<IpNameLookupHost>();
  });
});

describe("addToLinker", () => {
  test("types the getter as store data in, anything borrowable as the host out", () => {
    expectTypeOf<Parameters<typeof sockets.addToLinker<KitData, SocketsViewHost>>[1]>().toEqualTypeOf<
      (data: KitData) => SocketsViewHost | AsMut<SocketsViewHost>
    >();
  });

  test("keeps field-ref's hosts: store data that is both views is a host it may return", () => {
    expectTypeOf<ViewHosts>().toExtend<BorrowMut<IpNameLookupHost> & BorrowMut<OutgoingHandlerHost>>();
  });
});
