import { type IpNameLookupHost, KitData, type ResourceTable, type SocketsViewHost } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { type Data, type HasData, type HasSelf, type NameD, type NamedView, sockets, type WasiSockets } from "./gat-like.ts";

/** A marker whose view depends on the store data it is applied to: its table. */
interface TableOf extends HasData {
  readonly data: this["store"] extends { readonly table: infer Table } ? Table : never;
}

describe("Data", () => {
  test("applies a marker to the store data: the view depends on what is borrowed", () => {
    expectTypeOf<Data<TableOf, KitData>>().toEqualTypeOf<ResourceTable>();
    expectTypeOf<Data<TableOf, { readonly table: "other" }>>().toEqualTypeOf<"other">();
  });

  test("HasSelf<T> hands out a T whatever the store data", () => {
    expectTypeOf<Data<HasSelf<SocketsViewHost>, KitData>>().toEqualTypeOf<SocketsViewHost>();
  });
});

describe("NamedView", () => {
  test("a named marker gives its view", () => {
    expectTypeOf<NamedView<WasiSockets, KitData>>().toEqualTypeOf<SocketsViewHost>();
  });

  test("a D left out falls back to the bare HasData constraint, which asks for D to be named", () => {
    expectTypeOf<NamedView<HasData, KitData>>().toEqualTypeOf<NameD>();
  });

  test("no host satisfies NameD, so a getter for a left-out D never type-checks", () => {
    expectTypeOf<SocketsViewHost>().not.toExtend<NameD>();
  });
});

describe("addToLinker", () => {
  test("naming T and D types the getter: store data in, D's view out, and that view must be a host", () => {
    type Getter = Parameters<typeof sockets.addToLinker<KitData, WasiSockets>>[1];
    expectTypeOf<Getter>().toEqualTypeOf<(data: KitData) => SocketsViewHost & IpNameLookupHost>();
  });

  test("HasSelf of store data that is no host leaves the getter nothing to return but a host", () => {
    type Getter = Parameters<typeof sockets.addToLinker<KitData, HasSelf<KitData>>>[1];
    expectTypeOf<(data: KitData) => KitData>().not.toExtend<Getter>();
  });
});
