import { describe, expectTypeOf, test } from "vitest";
import type { Dyn, ImplHeader, Named, ParseImplHeader, Predicate, Ref, TraitRef, Tuple, Var } from "./syntax.ts";
import type { DoesNotUnify, Instantiate, Substitute, Unify, VarsOf } from "./unify.ts";

type U8 = Named<"u8", []>;
type Wrap<T> = Named<"WasiImpl", [T]>;

describe("Instantiate", () => {
  test("replaces each type parameter with an inference variable named after it, behind the prefix", () => {
    expectTypeOf<Instantiate<ParseImplHeader<"impl<T: View> Host for WasiImpl<T>">, "a">>().toEqualTypeOf<
      ImplHeader<never, TraitRef<"Host", []>, Wrap<Var<"a:T">>, [Predicate<Var<"a:T">, TraitRef<"View", []>>, Predicate<Var<"a:T">, TraitRef<"Sized", []>>]>
    >();
  });
});

describe("Unify", () => {
  test("binds a variable to the type it meets", () => {
    expectTypeOf<Unify<Ref<true, Var<"a:T">>, Ref<true, Named<"MyHost", []>>, {}>>().toEqualTypeOf<{ readonly "a:T": Named<"MyHost", []> }>();
  });

  test("a variable bound once must meet the same type again", () => {
    type Pair<A, B> = Tuple<[A, B]>;
    expectTypeOf<Unify<Pair<Var<"a:T">, Var<"a:T">>, Pair<U8, Named<"u16", []>>, {}>>().toEqualTypeOf<DoesNotUnify>();
    expectTypeOf<Substitute<Var<"a:T">, Unify<Pair<Var<"a:T">, Var<"a:T">>, Pair<U8, U8>, {}>>>().toEqualTypeOf<U8>();
  });

  test("`&T` never unifies with `&mut T`, nor a reference with a named type", () => {
    expectTypeOf<Unify<Ref<false, Var<"a:T">>, Ref<true, Var<"b:T">>, {}>>().toEqualTypeOf<DoesNotUnify>();
    expectTypeOf<Unify<Ref<true, Var<"a:T">>, Wrap<Var<"b:T">>, {}>>().toEqualTypeOf<DoesNotUnify>();
  });

  test("dyn types unify when their principal traits and auto traits are the same; lifetimes do not matter", () => {
    type View = TraitRef<"View", []>;
    expectTypeOf<Unify<Dyn<View, never, "'static">, Dyn<View, never, "'_">, {}>>().toEqualTypeOf<{}>();
    expectTypeOf<Unify<Dyn<View, "Send", "'_">, Dyn<View, never, "'_">, {}>>().toEqualTypeOf<DoesNotUnify>();
  });

  test("the occurs check refuses an infinite type", () => {
    expectTypeOf<Unify<Var<"a:T">, Wrap<Var<"a:T">>, {}>>().toEqualTypeOf<DoesNotUnify>();
  });
});

describe("Substitute", () => {
  test("follows chains of bound variables", () => {
    expectTypeOf<Substitute<Wrap<Var<"a:T">>, { "a:T": Var<"b:U">; "b:U": U8 }>>().toEqualTypeOf<Wrap<U8>>();
  });
});

describe("VarsOf", () => {
  test("collects the variables anywhere in a type", () => {
    expectTypeOf<VarsOf<Tuple<[Ref<true, Var<"a:T">>, Wrap<Var<"b:U">>, U8]>>>().toEqualTypeOf<"a:T" | "b:U">();
  });
});
