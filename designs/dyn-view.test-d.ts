import { type HostFor, KitData, SocketsCtxView, type SocketsView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { libraries } from "./dyn-view.ts";

describe("libraries", () => {
  test("make a host of any value of the view interface: `impl Host for dyn SocketsView + '_`", () => {
    expectTypeOf<SocketsView>().toExtend<HostFor<typeof libraries, "sockets">>();
    expectTypeOf<KitData>().toExtend<HostFor<typeof libraries, "sockets">>();
    expectTypeOf<SocketsCtxView>().toExtend<HostFor<typeof libraries, "sockets">>();
  });

  test("a value without the view's members is none", () => {
    expectTypeOf<{ readonly table: KitData["table"] }>().not.toExtend<HostFor<typeof libraries, "sockets">>();
  });
});
