import { describe, expectTypeOf, test } from "vitest";
import type { crates } from "./corpus.ts";
import type { FirstImpossible, MayHold, ObjectCandidateApplies, SizedMayHold, SupertraitsOf } from "./solve.ts";
import type { Dyn, Named, ParseCrate, Predicate, Ref, Slice, TraitRef, Var } from "./syntax.ts";

type Example = ParseCrate<(typeof crates)["example"]>;
type Goal<Self, Trait extends string> = Predicate<Self, TraitRef<Trait, []>>;
type MyHost = Named<"MyHost", []>;
type KitData = Named<"KitData", []>;
type DynOf<Trait extends string> = Dyn<TraitRef<Trait, []>, never, "'_">;

describe("SizedMayHold", () => {
  test("dyn types and slices are not Sized; of an inference variable it is not known", () => {
    expectTypeOf<SizedMayHold<DynOf<"View">>>().toEqualTypeOf<false>();
    expectTypeOf<SizedMayHold<Slice<MyHost>>>().toEqualTypeOf<false>();
    expectTypeOf<SizedMayHold<Var<"a:T">>>().toEqualTypeOf<true>();
    expectTypeOf<SizedMayHold<Ref<false, DynOf<"View">>>>().toEqualTypeOf<true>();
  });
});

describe("SupertraitsOf", () => {
  test("follows supertraits transitively", () => {
    type WithDeep = ParseCrate<`${(typeof crates)["example"]}\ntrait Deep: SubView {}`>;
    expectTypeOf<SupertraitsOf<WithDeep, "Deep">>().toEqualTypeOf<"SubView" | "Host">();
  });
});

describe("ObjectCandidateApplies", () => {
  test("a trait object is its trait and each of its supertraits, and nothing else", () => {
    expectTypeOf<ObjectCandidateApplies<Example, Goal<DynOf<"SubView">, "SubView">>>().toEqualTypeOf<true>();
    expectTypeOf<ObjectCandidateApplies<Example, Goal<DynOf<"SubView">, "Host">>>().toEqualTypeOf<true>();
    expectTypeOf<ObjectCandidateApplies<Example, Goal<DynOf<"View">, "Host">>>().toEqualTypeOf<false>();
  });
});

describe("MayHold", () => {
  test("a local trait's goal for a local type holds only through the crate's impls", () => {
    expectTypeOf<MayHold<Example, Goal<MyHost, "View">, {}>>().toEqualTypeOf<false>();
    expectTypeOf<MayHold<Example, Goal<KitData, "View">, {}>>().toEqualTypeOf<true>();
  });

  test("a goal a downstream crate may implement may hold", () => {
    expectTypeOf<MayHold<Example, Goal<Ref<true, Var<"a:T">>, "View">, {}>>().toEqualTypeOf<true>();
  });

  test("std's impls count: `&MyHost` is Clone, `&mut MyHost` is not", () => {
    expectTypeOf<MayHold<Example, Goal<Ref<false, MyHost>, "Clone">, {}>>().toEqualTypeOf<true>();
    expectTypeOf<MayHold<Example, Goal<Ref<true, MyHost>, "Clone">, {}>>().toEqualTypeOf<false>();
  });
});

describe("FirstImpossible", () => {
  test("names the first goal that cannot hold, substituted", () => {
    type Goals = [Goal<Var<"a:T">, "Sized">, Goal<Var<"a:T">, "View">, Goal<Var<"a:T">, "Host">];
    expectTypeOf<FirstImpossible<Example, Goals, { "a:T": MyHost }>>().toEqualTypeOf<Goal<MyHost, "View">>();
    expectTypeOf<FirstImpossible<Example, Goals, {}>>().toBeNever();
  });
});
