import {
  HttpCtx,
  type HttpView,
  type IpNameLookupHost,
  KitData,
  type ResourceTable,
  SocketsCtx,
  type SocketsView,
  SocketsViewHost,
} from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { type HostForView, sockets, type ViewGetter } from "./dyn-view.ts";

describe("ViewGetter", () => {
  test("store data that has both views' members is both views: one getter fits both interfaces", () => {
    const get = (d: KitData) => d;
    expectTypeOf(get).toExtend<ViewGetter<KitData, SocketsView> & ViewGetter<KitData, HttpView>>();
  });

  test("an object built on the call with a view's members is that view", () => {
    expectTypeOf((d: KitData) => ({ table: d.table, sockets: d.sockets })).toExtend<ViewGetter<KitData, SocketsView>>();
  });

  test("a getter that hands out only the interface's ctx is not one", () => {
    expectTypeOf((d: KitData) => d.sockets).not.toExtend<ViewGetter<KitData, SocketsView>>();
    expectTypeOf<SocketsCtx>().not.toExtend<SocketsView>();
  });
});

describe("HostForView", () => {
  test("the kit's host over a view is the library's `impl Host for dyn SocketsView`", () => {
    expectTypeOf((view: SocketsView) => new SocketsViewHost(view)).toExtend<HostForView<SocketsView, IpNameLookupHost>>();
  });
});

describe("addToLinker", () => {
  test("types the getter as store data in, the interface's view out", () => {
    expectTypeOf<Parameters<typeof sockets.addToLinker<KitData>>[1]>().toEqualTypeOf<ViewGetter<KitData, SocketsView>>();
  });

  test("refuses a getter whose value lacks a view's member", () => {
    expectTypeOf<{ readonly table: ResourceTable; readonly http: HttpCtx }>().not.toExtend<SocketsView>();
  });
});
