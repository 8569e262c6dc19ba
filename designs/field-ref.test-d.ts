import { AppData, type HttpView, type IpNameLookupHost, KitData, Linker, type SocketsView, SocketsCtxView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { type Borrow, field, type FieldGetter, sockets } from "./field-ref.ts";

describe("Borrow", () => {
  test("a borrow of a value is that value, so the bindings use it as such", () => {
    expectTypeOf<Borrow<KitData>>().toExtend<KitData>();
  });

  test("a value made anywhere else is not a borrow", () => {
    expectTypeOf<KitData>().not.toExtend<Borrow<KitData>>();
  });
});

describe("field", () => {
  test("projects a borrow of the store data onto a borrow of one of its fields", () => {
    expectTypeOf(field<AppData, "kit">).returns.toEqualTypeOf<Borrow<KitData>>();
  });

  test("takes only a borrow, so a value built on the call cannot be projected into one", () => {
    expectTypeOf<AppData>().not.toExtend<Parameters<typeof field<AppData, "kit">>[0]>();
  });
});

describe("FieldGetter", () => {
  test("the identity borrow `d => d` is one: Rust's `|t| t`", () => {
    expectTypeOf((d: Borrow<KitData>) => d).toExtend<FieldGetter<KitData, KitData>>();
  });

  test("a getter that builds a view on each call is not one", () => {
    expectTypeOf((d: Borrow<KitData>) => new SocketsCtxView(d.table, d.sockets)).not.toExtend<FieldGetter<KitData, SocketsView>>();
  });
});

describe("addToLinker", () => {
  test("takes a borrow of any view: the libraries' blanket impl makes every view a host", () => {
    expectTypeOf(sockets.addToLinker<AppData, KitData>).toBeCallableWith(new Linker<AppData>(), (d) => field(d, "kit"));
    expectTypeOf<KitData>().toExtend<SocketsView & HttpView>();
  });

  test("takes a borrow of a host that is no view, the embedder's own impl", () => {
    expectTypeOf(sockets.addToLinker<{ host: IpNameLookupHost }, IpNameLookupHost>)
      .parameter(1)
      .toEqualTypeOf<FieldGetter<{ host: IpNameLookupHost }, IpNameLookupHost>>();
  });
});
