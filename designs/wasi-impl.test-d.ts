import {
  type HttpView,
  type IpNameLookupHost,
  KitData,
  type OutgoingHandlerHost,
  type ResourceTable,
  type SocketsCtx,
  type SocketsView,
} from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import type { GetHost } from "./get-host.ts";
import { typeAnnotate, WasiHttpImpl, WasiImpl } from "./wasi-impl.ts";

type TableAndSockets = { readonly table: ResourceTable; readonly sockets: SocketsCtx };

describe("WasiImpl", () => {
  test("wraps any sockets view, keeping its type, and is a sockets host", () => {
    expectTypeOf<WasiImpl<TableAndSockets>["view"]>().toEqualTypeOf<TableAndSockets>();
    expectTypeOf<WasiImpl<TableAndSockets>>().toExtend<IpNameLookupHost>();
  });

  test("is no http host: that is WasiHttpImpl, the other library's wrapper", () => {
    expectTypeOf<WasiImpl<KitData>>().not.toExtend<OutgoingHandlerHost>();
    expectTypeOf<WasiHttpImpl<KitData>>().toExtend<OutgoingHandlerHost>();
  });

  test("each wrapper takes a view of its own interface: the table and that interface's ctx", () => {
    expectTypeOf(WasiImpl).constructorParameters.toEqualTypeOf<[view: SocketsView]>();
    expectTypeOf(WasiHttpImpl).constructorParameters.toEqualTypeOf<[view: HttpView]>();
  });
});

describe("typeAnnotate", () => {
  test("names the store type once and fixes the getter's result to WasiImpl of it", () => {
    const getter = typeAnnotate<KitData>((d) => new WasiImpl(d));
    expectTypeOf(getter).toEqualTypeOf<GetHost<KitData, WasiImpl<KitData>>>();
  });
});
