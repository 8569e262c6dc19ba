import { describe, expectTypeOf, test } from "vitest";
import type { HasForwardingImpls, HostFor, HostImpl, SelfOf, WorldHosts } from "./bindgen.ts";
import { hostsOnCtxViews, hostsOverEveryView } from "./bindgen.ts";
import type { HttpCtxView, KitData, SocketsCtxView, SocketsView } from "./view.ts";

describe("SelfOf", () => {
  test("is the type a library impl is for", () => {
    expectTypeOf<SelfOf<HostImpl<"impl IpNameLookupHost for SocketsCtxView<'_>", SocketsCtxView, unknown>>>().toEqualTypeOf<SocketsCtxView>();
  });
});

describe("HostFor", () => {
  test("is a host, or a value the libraries' impl makes one", () => {
    expectTypeOf<HostFor<typeof hostsOnCtxViews, "http">>().toEqualTypeOf<WorldHosts["http"] | HttpCtxView>();
  });

  test("under blanket impls over every view, the store data itself qualifies", () => {
    expectTypeOf<KitData>().toExtend<HostFor<typeof hostsOverEveryView, "sockets">>();
    expectTypeOf<SocketsView>().toExtend<HostFor<typeof hostsOverEveryView, "sockets">>();
  });

  test("with no library impl for an interface, only its hosts", () => {
    expectTypeOf<HostFor<{}, "sockets">>().toEqualTypeOf<WorldHosts["sockets"]>();
  });
});

describe("HasForwardingImpls", () => {
  test("holds unless the bindings opt out", () => {
    expectTypeOf<HasForwardingImpls<{ impls: {} }>>().toEqualTypeOf<true>();
    expectTypeOf<HasForwardingImpls<{ impls: {}; skipMutForwardingImpls: true }>>().toEqualTypeOf<false>();
  });
});
