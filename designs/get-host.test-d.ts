import { type Borrow, type ConflictingImplementations, HttpCtxView, hostsOverEveryView, KitData, Linker, SocketsCtxView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { bindgen, type GetHost, libraries, sockets } from "./get-host.ts";

describe("GetHost", () => {
  test("any function from the store data to a host is one: bindgen's blanket `impl GetHost for F`", () => {
    expectTypeOf((d: KitData) => d.socketsView()).toExtend<GetHost<KitData, SocketsCtxView>>();
  });
});

describe("bindgen", () => {
  test("as generated, the bindings keep D1's addToLinker beside addToLinkerGetHost", () => {
    expectTypeOf(bindgen({ impls: libraries }).sockets).toHaveProperty("addToLinker");
  });

  test("opted out of the forwarding impls, they lose addToLinker with them (crates/wit-bindgen at v21.0.0)", () => {
    expectTypeOf(bindgen({ skipMutForwardingImpls: true, impls: libraries }).sockets).not.toHaveProperty("addToLinker");
  });

  test("a library's blanket host over every view overlaps the forwarding impls: the call names both impls", () => {
    type Argument = Parameters<typeof bindgen<{ impls: typeof hostsOverEveryView }>>[0];
    expectTypeOf<Argument["impls"]["sockets"]>().toExtend<
      ConflictingImplementations<"impl<_T: IpNameLookupHost + ?Sized> IpNameLookupHost for &mut _T", "impl<T: SocketsView> IpNameLookupHost for T">
    >();
  });

  test("libraries with hosts on their own view structs overlap nothing", () => {
    expectTypeOf(bindgen({ impls: libraries }).http.addToLinkerGetHost<KitData>).toBeCallableWith(new Linker<KitData>(), (d) => d.httpView());
    expectTypeOf<HttpCtxView>().not.toExtend<KitData>();
  });
});

describe("addToLinker", () => {
  test("D1's getter, kept: a borrow of a host in the store data, never a value built on the call", () => {
    type Getter = Parameters<typeof sockets.addToLinker<{ view: SocketsCtxView }, SocketsCtxView>>[1];
    expectTypeOf<(d: Borrow<{ view: SocketsCtxView }>) => Borrow<SocketsCtxView>>().toExtend<Getter>();
    expectTypeOf<(d: Borrow<KitData>) => SocketsCtxView>().not.toExtend<Getter>();
  });
});

describe("addToLinkerGetHost", () => {
  test("takes a getter returning the libraries' view struct, and refuses the bare store data", () => {
    type Getter = Parameters<typeof sockets.addToLinkerGetHost<KitData>>[1];
    expectTypeOf<(d: KitData) => SocketsCtxView>().toExtend<Getter>();
    expectTypeOf<(d: KitData) => KitData>().not.toExtend<Getter>();
  });
});
