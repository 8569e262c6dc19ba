import {
  type ConflictingImplementations,
  type HttpView,
  type HttpViewHost,
  type Impl,
  type IpNameLookupHost,
  KitData,
  Linker,
  type OutgoingHandlerHost,
  type SocketsView,
  type SocketsViewHost,
} from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import {
  bindgen,
  type BlanketHost,
  type BlanketImpl,
  type CoherentOptions,
  type ForwardingImpl,
  type GetHost,
  type GetterOutput,
  sockets,
  typeAnnotate,
  viewHosts,
} from "./get-host.ts";

type ViewHosts = typeof viewHosts;

describe("GetHost", () => {
  test("any function from the store data to a host is a GetHost", () => {
    const getter = (data: KitData): IpNameLookupHost => data as never;
    expectTypeOf(getter).toExtend<GetHost<KitData, IpNameLookupHost>>();
  });

  test("a getter passed straight to addToLinker needs no annotation: its parameter is the store data", () => {
    expectTypeOf(sockets.addToLinker<KitData>).parameter(1).parameter(0).toEqualTypeOf<KitData>();
  });
});

describe("typeAnnotate", () => {
  test("names the store type of a getter declared apart from addToLinker and infers its host", () => {
    const getter = typeAnnotate<KitData>()((d) => d.table);
    expectTypeOf(getter).toEqualTypeOf<GetHost<KitData, KitData["table"]>>();
  });
});

describe("ForwardingImpl", () => {
  test("covers every host of its interface and is named as bindgen generates it", () => {
    expectTypeOf<ForwardingImpl<"sockets">>().toEqualTypeOf<
      Impl<"impl<_T: IpNameLookupHost + ?Sized> IpNameLookupHost for &mut _T", IpNameLookupHost>
    >();
  });
});

describe("BlanketImpl", () => {
  test("a library's blanket host covers every view it takes, under its own header", () => {
    expectTypeOf<BlanketImpl<ViewHosts["http"]>>().toEqualTypeOf<
      Impl<"impl<T: HttpView> OutgoingHandlerHost for T", HttpView>
    >();
  });
});

describe("CoherentOptions", () => {
  test("a blanket host over every view conflicts with the forwarding impl, and the error names both", () => {
    type Checked = CoherentOptions<{ impls: Pick<ViewHosts, "sockets"> }>;
    expectTypeOf<NonNullable<NonNullable<Checked["impls"]>["sockets"]>>().toEqualTypeOf<
      ConflictingImplementations<
        "impl<_T: IpNameLookupHost + ?Sized> IpNameLookupHost for &mut _T",
        "impl<T: SocketsView> IpNameLookupHost for T"
      >
    >();
  });

  test("skipping the forwarding impls leaves the library's blanket hosts unchecked", () => {
    expectTypeOf<CoherentOptions<{ skipMutForwardingImpls: true; impls: ViewHosts }>>().toEqualTypeOf<unknown>();
  });
});

describe("GetterOutput", () => {
  test("with the bindings as generated, a getter returns a host", () => {
    expectTypeOf<GetterOutput<{}, "http">>().toEqualTypeOf<OutgoingHandlerHost>();
  });

  test("with a library's blanket host, a getter returns the view it takes", () => {
    expectTypeOf<GetterOutput<{ skipMutForwardingImpls: true; impls: ViewHosts }, "sockets">>().toEqualTypeOf<SocketsView>();
  });
});

describe("bindgen", () => {
  test("a library that skips the forwarding impls links the store data itself as the view of both interfaces", () => {
    const bindings = bindgen({ skipMutForwardingImpls: true, impls: viewHosts });
    expectTypeOf(bindings.http.addToLinker<KitData>).toBeCallableWith(new Linker<KitData>(), (d: KitData) => d);
  });

  test("the bindings as generated take a getter that returns a host, not a view", () => {
    type Getter = Parameters<typeof sockets.addToLinker<KitData>>[1];
    expectTypeOf<(d: KitData) => SocketsViewHost>().toExtend<Getter>();
    expectTypeOf<(d: KitData) => KitData>().not.toExtend<Getter>();
  });

  test("blanketHost keeps the header it is given as its type", () => {
    expectTypeOf(viewHosts.http).toEqualTypeOf<BlanketHost<"impl<T: HttpView> OutgoingHandlerHost for T", HttpView, HttpViewHost>>();
  });
});
