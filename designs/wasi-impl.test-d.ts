import { type HostFor, type HttpView, KitData, type SocketsView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { libraries, WasiHttpImpl, WasiImpl } from "./wasi-impl.ts";

describe("WasiImpl", () => {
  test("wraps any sockets view, keeping its type", () => {
    expectTypeOf<WasiImpl<KitData>["view"]>().toEqualTypeOf<KitData>();
    expectTypeOf(WasiImpl).constructorParameters.toEqualTypeOf<[view: SocketsView]>();
    expectTypeOf(WasiHttpImpl).constructorParameters.toEqualTypeOf<[view: HttpView]>();
  });
});

describe("libraries", () => {
  test("make a host of each library's own wrapper, not of a bare view", () => {
    expectTypeOf<WasiImpl<SocketsView>>().toExtend<HostFor<typeof libraries, "sockets">>();
    expectTypeOf<KitData>().not.toExtend<HostFor<typeof libraries, "sockets">>();
  });

  test("each wrapper serves its own library only", () => {
    expectTypeOf<WasiImpl<KitData>>().not.toExtend<HostFor<typeof libraries, "http">>();
  });
});
