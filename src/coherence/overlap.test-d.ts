import type { IpNameLookupHost, SocketsView } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import type { crates } from "./corpus.ts";
import type { KitCrate } from "./kit-crate.ts";
import type {
  CheckCoherence,
  ConflictingImplementations,
  Disjoint,
  Impl,
  Overlap,
  OverlapCheck,
  Overlaps,
  RustcOutcome,
  TraitNotModelled,
} from "./overlap.ts";
import type { ParseCrate, RustSyntaxError } from "./syntax.ts";

type Example = ParseCrate<(typeof crates)["example"]>;
type Forwarding = "impl<_T: Host + ?Sized> Host for &mut _T";

describe("OverlapCheck", () => {
  test("the forwarding impl overlaps a blanket host over every view: downstream crates may make `&mut _` a view", () => {
    expectTypeOf<OverlapCheck<Example, Forwarding, "impl<T: View> Host for T">>().toEqualTypeOf<Overlap<"&mut _">>();
  });

  test("it does not overlap a WasiImpl-style wrapper, a concrete host or a host for `dyn View`: no type matches both", () => {
    expectTypeOf<OverlapCheck<Example, Forwarding, "impl<T: View> Host for WasiImpl<T>">>().toEqualTypeOf<Disjoint<"no type matches both headers">>();
    expectTypeOf<OverlapCheck<Example, Forwarding, "impl Host for MyHost">>().toEqualTypeOf<Disjoint<"no type matches both headers">>();
    expectTypeOf<OverlapCheck<Example, Forwarding, "impl Host for dyn View + '_">>().toEqualTypeOf<Disjoint<"no type matches both headers">>();
  });

  test("a blanket host over a local trait leaves out a local type that does not implement it", () => {
    expectTypeOf<OverlapCheck<Example, "impl<T: View> Host for T", "impl Host for MyHost">>().toEqualTypeOf<Disjoint<"`MyHost: View` cannot hold">>();
  });

  test("impls of different traits never conflict", () => {
    expectTypeOf<OverlapCheck<Example, "impl<T: View> Host for T", "impl<T: View> Other for T">>().toEqualTypeOf<
      Disjoint<"they implement different traits">
    >();
  });

  test("a foreign trait whose impls the model does not know is refused, named", () => {
    expectTypeOf<OverlapCheck<Example, "impl<T: Debug> Host for T", "impl Host for MyHost">>().toEqualTypeOf<TraitNotModelled<"Debug">>();
  });

  test("a header the model cannot read is that error", () => {
    expectTypeOf<OverlapCheck<Example, "impl<T> Host for T", "impl Host for a::B">>().toEqualTypeOf<
      RustSyntaxError<"a name without a path (`use` the item instead)", "a : : B">
    >();
  });
});

describe("RustcOutcome", () => {
  test("says what rustc says: the type E0119 names, none for `_`, or compiles", () => {
    expectTypeOf<RustcOutcome<Overlap<"&mut _">>>().toEqualTypeOf<"E0119 for type `&mut _`">();
    expectTypeOf<RustcOutcome<Overlap<"_">>>().toEqualTypeOf<"E0119">();
    expectTypeOf<RustcOutcome<Disjoint>>().toEqualTypeOf<"compiles">();
  });
});

type KitForwarding = Impl<"impl<_T: IpNameLookupHost + ?Sized> IpNameLookupHost for &mut _T", IpNameLookupHost>;
type EveryView = Impl<"impl<T: SocketsView> IpNameLookupHost for T", SocketsView>;
type Embedder = Impl<"impl IpNameLookupHost for KitData", never>;

describe("Overlaps", () => {
  test("reads the impls' headers in the kit's crate", () => {
    expectTypeOf<Overlaps<KitCrate, KitForwarding, EveryView>>().toEqualTypeOf<true>();
    expectTypeOf<Overlaps<KitCrate, KitForwarding, Embedder>>().toEqualTypeOf<false>();
  });
});

describe("CheckCoherence", () => {
  test("a coherent pair of impls passes what is checked through", () => {
    expectTypeOf<CheckCoherence<KitCrate, KitForwarding, Embedder, "ok">>().toEqualTypeOf<"ok">();
  });

  test("an overlapping pair becomes the conflict, naming both impl headers", () => {
    expectTypeOf<CheckCoherence<KitCrate, KitForwarding, EveryView, "ok">>().toEqualTypeOf<
      ConflictingImplementations<KitForwarding["header"], EveryView["header"]>
    >();
  });

  test("nothing but the conflict itself satisfies a conflict", () => {
    expectTypeOf<{ header: string }>().not.toExtend<ConflictingImplementations<"a", "b">>();
  });
});
