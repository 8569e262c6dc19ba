import { describe, expectTypeOf, test } from "vitest";
import type { crates } from "./corpus.ts";
import type { Knowable, OrphanCheckPasses } from "./orphan.ts";
import type { Dyn, Named, ParseCrate, Predicate, Ref, TraitRef, Tuple, Var } from "./syntax.ts";

type Example = ParseCrate<(typeof crates)["example"]>;
type Goal<Self, Trait extends string> = Predicate<Self, TraitRef<Trait, []>>;
type MyHost = Named<"MyHost", []>;
type Any = Var<"a:T">;

describe("OrphanCheckPasses", () => {
  test("another crate may implement a trait for `&mut _` or `Box<_>`: it may put its own type there", () => {
    expectTypeOf<OrphanCheckPasses<Goal<Ref<true, Any>, "View">, Example, "another crate">>().toEqualTypeOf<true>();
    expectTypeOf<OrphanCheckPasses<Goal<Named<"Box", [Any]>, "View">, Example, "another crate">>().toEqualTypeOf<true>();
  });

  test("but not for `Vec<_>` or `WasiImpl<_>`: the variable is covered by a type that is not fundamental", () => {
    expectTypeOf<OrphanCheckPasses<Goal<Named<"Vec", [Any]>, "View">, Example, "another crate">>().toEqualTypeOf<false>();
    expectTypeOf<OrphanCheckPasses<Goal<Named<"WasiImpl", [Any]>, "View">, Example, "another crate">>().toEqualTypeOf<false>();
  });

  test("this crate owns its types, `dyn` types of its traits, and Box or references of them", () => {
    expectTypeOf<OrphanCheckPasses<Goal<Named<"Box", [MyHost]>, "Display">, Example, "this crate">>().toEqualTypeOf<true>();
    expectTypeOf<OrphanCheckPasses<Goal<Ref<false, Dyn<TraitRef<"View", []>>>, "Display">, Example, "this crate">>().toEqualTypeOf<true>();
    expectTypeOf<OrphanCheckPasses<Goal<Tuple<[MyHost]>, "Display">, Example, "this crate">>().toEqualTypeOf<false>();
  });
});

describe("Knowable", () => {
  test("a goal a downstream crate may implement is not knowable", () => {
    expectTypeOf<Knowable<Goal<Ref<true, Any>, "View">, Example>>().toEqualTypeOf<false>();
  });

  test("a goal of a local trait no other crate may implement is", () => {
    expectTypeOf<Knowable<Goal<MyHost, "View">, Example>>().toEqualTypeOf<true>();
    expectTypeOf<Knowable<Goal<Named<"Vec", [Any]>, "View">, Example>>().toEqualTypeOf<true>();
  });

  test("a goal of a foreign trait is knowable only for this crate's types: upstream crates may add impls for theirs", () => {
    expectTypeOf<Knowable<Goal<MyHost, "Display">, Example>>().toEqualTypeOf<true>();
    expectTypeOf<Knowable<Goal<Named<"Vec", [Named<"u8", []>]>, "Display">, Example>>().toEqualTypeOf<false>();
  });
});
