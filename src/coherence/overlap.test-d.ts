import type { IpNameLookupHost, SocketsView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import type { CheckCoherence, ConflictingImplementations, Impl, Overlaps } from "./overlap.ts";

type Forwarding = Impl<"impl<_T: Host + ?Sized> Host for &mut _T", IpNameLookupHost>;
type EveryView = Impl<"impl<T: SocketsView> Host for T", SocketsView>;
type Tcp = Impl<"impl Host for Tcp", { readonly kind: "tcp" }>;
type Udp = Impl<"impl Host for Udp", { readonly kind: "udp" }>;

describe("Overlaps", () => {
  test("a blanket impl over every view overlaps the forwarding impl: one object may be both", () => {
    expectTypeOf<Overlaps<Forwarding, EveryView>>().toEqualTypeOf<true>();
  });

  test("impls for two types told apart by a property's literal type do not overlap", () => {
    expectTypeOf<Overlaps<Tcp, Udp>>().toEqualTypeOf<false>();
  });
});

describe("CheckCoherence", () => {
  test("a coherent pair of impls passes what is checked through", () => {
    expectTypeOf<CheckCoherence<Tcp, Udp, "ok">>().toEqualTypeOf<"ok">();
  });

  test("an overlapping pair becomes the conflict, naming both impl headers", () => {
    expectTypeOf<CheckCoherence<Forwarding, EveryView, "ok">>().toEqualTypeOf<
      ConflictingImplementations<"impl<_T: Host + ?Sized> Host for &mut _T", "impl<T: SocketsView> Host for T">
    >();
  });

  test("nothing but the conflict itself satisfies a conflict", () => {
    expectTypeOf<{ header: string }>().not.toExtend<ConflictingImplementations<"a", "b">>();
  });
});
