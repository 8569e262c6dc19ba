import { type Borrow, type HostFor, HttpCtxView, KitData, Linker, SocketsCtxView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { type Data, type HasData, type HasSelf, libraries, type NamedView, type NameD, sockets, type WasiHttp, type WasiSockets } from "./gat-like.ts";

describe("Data", () => {
  test("applies a marker to the store data: HasSelf<T> names a borrow of T itself, `&'a mut T`", () => {
    expectTypeOf<Data<HasSelf<KitData>, AppLike>>().toEqualTypeOf<Borrow<KitData>>();
  });

  test("the libraries' markers name their view structs", () => {
    expectTypeOf<Data<WasiSockets, KitData>>().toEqualTypeOf<SocketsCtxView>();
    expectTypeOf<Data<WasiHttp, KitData>>().toEqualTypeOf<HttpCtxView>();
  });
});

describe("NamedView", () => {
  test("is NameD when D is left out and falls back to its constraint", () => {
    expectTypeOf<NamedView<HasData, KitData>>().toEqualTypeOf<NameD>();
  });

  test("is D's view when D is named", () => {
    expectTypeOf<NamedView<WasiSockets, KitData>>().toEqualTypeOf<SocketsCtxView>();
  });
});

describe("addToLinker", () => {
  test("takes a closure returning D's view, no annotation on it", () => {
    expectTypeOf(sockets.addToLinker<KitData, WasiSockets>).toBeCallableWith(new Linker<KitData>(), (d) => d.socketsView());
  });

  test("asks D's view to be a host: the store data, only a view, is none under HasSelf", () => {
    expectTypeOf<KitData>().not.toExtend<HostFor<typeof libraries, "sockets">>();
  });

  test("under HasSelf, refuses a value that is no borrow of the store data, as Rust's `&'a mut T` does", () => {
    type Getter = Parameters<typeof sockets.addToLinker<{ host: SocketsCtxView }, HasSelf<SocketsCtxView>>>[1];
    expectTypeOf<(d: Borrow<{ host: SocketsCtxView }>) => SocketsCtxView>().not.toExtend<Getter>();
  });
});

interface AppLike {
  readonly kit: KitData;
}
