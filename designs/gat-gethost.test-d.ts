import { HttpCtxView, KitData, Linker, SocketsCtxView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { fetcher, type GetterOf, type HttpGetHost, libraries, sockets, type SocketsGetHost, type StoreOf } from "./gat-gethost.ts";
import type { HostFor } from "accessor-kit";

/** A named getter type for both interfaces, as a user of the design writes one. */
class KitGetter implements SocketsGetHost, HttpGetHost {
  declare readonly T: KitData;
  declare readonly SocketsHost: SocketsCtxView;
  declare readonly HttpHost: HttpCtxView;
  getSocketsHost(data: KitData): SocketsCtxView {
    return data.socketsView();
  }
  getHttpHost(data: KitData): HttpCtxView {
    return data.httpView();
  }
}

type SocketsGetter = GetterOf<"sockets", HostFor<typeof libraries, "sockets">>;

describe("GetterOf", () => {
  test("a class declaring the associated types is a getter, read through indexed access", () => {
    expectTypeOf<KitGetter>().toExtend<SocketsGetter>();
    expectTypeOf<KitGetter["T"]>().toEqualTypeOf<KitData>();
    expectTypeOf<KitGetter["SocketsHost"]>().toEqualTypeOf<SocketsCtxView>();
  });

  test("a closure is none: it has no associated types", () => {
    expectTypeOf<(data: KitData) => SocketsCtxView>().not.toExtend<SocketsGetter>();
  });

  test("a getter whose Host<'a> is no host is none: these libraries' hosts are their view structs", () => {
    expectTypeOf<{ readonly T: KitData; readonly SocketsHost: KitData; getSocketsHost(data: KitData): KitData }>().not.toExtend<SocketsGetter>();
  });
});

describe("StoreOf", () => {
  test("ties the getter's T to the linker's store data", () => {
    expectTypeOf<KitGetter>().toExtend<StoreOf<KitData>>();
    expectTypeOf<KitGetter>().not.toExtend<StoreOf<string>>();
  });
});

describe("addToLinker", () => {
  test("takes a named getter type, its store data the linker's", () => {
    expectTypeOf(sockets.addToLinker<KitData, KitGetter>).toBeCallableWith(new Linker<KitData>(), new KitGetter());
  });

  test("takes one getter implementing both interfaces' GetHost for the whole world", () => {
    expectTypeOf(fetcher.addToLinker<KitData, KitGetter>).toBeCallableWith(new Linker<KitData>(), new KitGetter());
  });
});
