import { KitData, Linker, SharedKit } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { type Borrow, type BorrowHost, sockets } from "./borrow-host.ts";

describe("BorrowHost", () => {
  test("a named getter type implements it by hand, and may return an owned host", () => {
    const getter: BorrowHost<{ shared: SharedKit }, SharedKit> = { borrowHost: (data) => data.shared.clone() };
    expectTypeOf(sockets.addToLinkerBorrowHost<{ shared: SharedKit }, SharedKit>).toBeCallableWith(new Linker<{ shared: SharedKit }>(), getter);
  });
});

describe("addToLinkerBorrowHost", () => {
  test("takes a field-ref closure, through the bindings' blanket impl", () => {
    expectTypeOf(sockets.addToLinkerBorrowHost<KitData, KitData>).toBeCallableWith(new Linker<KitData>(), (d: Borrow<KitData>) => d);
  });

  test("refuses a closure that returns a value: the blanket impl covers `Fn(&mut T) -> &mut U` only", () => {
    expectTypeOf(sockets.addToLinkerBorrowHost<{ shared: SharedKit }, SharedKit>)
      .parameter(1)
      .not.toExtend<(d: Borrow<{ shared: SharedKit }>) => SharedKit>();
  });
});
