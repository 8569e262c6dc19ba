import { type HostFor, type IpNameLookupHost, KitData, Linker, SharedKit } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import { type BorrowMut, libraries, sockets } from "./borrow-mut.ts";

describe("BorrowMut", () => {
  test("is the host itself: `&mut U`, `Box<U>` and U are one type to TypeScript", () => {
    expectTypeOf<BorrowMut<SharedKit>>().toEqualTypeOf<SharedKit>();
  });
});

describe("addToLinker", () => {
  test("takes a getter returning an owned host", () => {
    expectTypeOf(sockets.addToLinker<{ shared: SharedKit }, SharedKit, SharedKit>).toBeCallableWith(
      new Linker<{ shared: SharedKit }>(),
      (d) => d.shared.clone(),
    );
  });

  test("U sits only in B's constraint, so it is never inferred and silently is its constraint: any host the libraries accept", () => {
    const link = () => sockets.addToLinker(new Linker<KitData>(), (d) => d);
    expectTypeOf(link).returns.toBeVoid();
    expectTypeOf<KitData>().toExtend<HostFor<typeof libraries, "sockets">>();
    expectTypeOf<IpNameLookupHost>().toExtend<HostFor<typeof libraries, "sockets">>();
  });
});
