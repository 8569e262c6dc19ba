import {
  type HttpView,
  type IpNameLookupHost,
  KitData,
  Linker,
  type OutgoingHandlerHost,
  type SocketsView,
  SocketsViewHost,
} from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { type Borrow, field, type FieldGetter, sockets, ViewHosts } from "./field-ref.ts";

class App {
  readonly kit = new ViewHosts();
  readonly tenants = { acme: new ViewHosts() };
}

describe("Borrow", () => {
  test("a borrow of a host is that host, so the bindings call it through the borrow", () => {
    expectTypeOf<Borrow<ViewHosts>>().toExtend<ViewHosts>();
  });

  test("a host made anywhere else is not a borrow of it", () => {
    expectTypeOf<SocketsViewHost>().not.toExtend<Borrow<SocketsViewHost>>();
  });
});

describe("field", () => {
  test("projects a borrow of the store data onto a borrow of one of its fields", () => {
    expectTypeOf(field<App, "kit">).returns.toEqualTypeOf<Borrow<ViewHosts>>();
  });

  test("chains: a field of a borrowed field is borrowed too", () => {
    expectTypeOf(field<App["tenants"], "acme">).parameter(0).toEqualTypeOf<Borrow<App["tenants"]>>();
    expectTypeOf(field<App["tenants"], "acme">).returns.toEqualTypeOf<Borrow<ViewHosts>>();
  });

  test("takes only a borrow, so a fresh object cannot be projected into one", () => {
    expectTypeOf<App>().not.toExtend<Parameters<typeof field<App, "kit">>[0]>();
  });
});

describe("FieldGetter", () => {
  test("the identity borrow `d => d` is one: Rust's `|t| t`", () => {
    expectTypeOf((d: Borrow<App>) => d).toExtend<FieldGetter<App, App>>();
  });

  test("a getter that builds a host on each call is not one", () => {
    expectTypeOf((d: Borrow<KitData>) => new SocketsViewHost(d)).not.toExtend<FieldGetter<KitData, SocketsViewHost>>();
  });

  test("a getter typed with the plain store type is not one: its parameter must be the borrow, as Rust's is `&mut T`", () => {
    expectTypeOf((d: ViewHosts) => d).not.toExtend<FieldGetter<ViewHosts, ViewHosts>>();
  });
});

describe("ViewHosts", () => {
  test("is both views and, like wasmtime-wasi <= 20's blanket impls make every view, the host of both interfaces", () => {
    expectTypeOf<ViewHosts>().toExtend<SocketsView & HttpView & IpNameLookupHost & OutgoingHandlerHost>();
  });
});

describe("addToLinker", () => {
  test("types the getter as a borrow of the linker's store data in, a borrow of the host out", () => {
    expectTypeOf<Parameters<typeof sockets.addToLinker<App, ViewHosts>>[1]>().toEqualTypeOf<FieldGetter<App, ViewHosts>>();
  });

  test("accepts a field projection of the linker's store data, its parameter typed from the getter type", () => {
    expectTypeOf(sockets.addToLinker<App, ViewHosts>).toBeCallableWith(new Linker<App>(), (d) => field(d, "kit"));
  });
});
