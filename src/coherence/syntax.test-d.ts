import { describe, expectTypeOf, test } from "vitest";
import type {
  Dyn,
  ImplHeader,
  Named,
  ParseCrate,
  ParseImplHeader,
  Predicate,
  Ref,
  RustSyntaxError,
  Slice,
  Tokenize,
  TraitRef,
  Tuple,
} from "./syntax.ts";

type Bound<Self, Trait extends string> = Predicate<Self, TraitRef<Trait, []>>;
type T = Named<"T", []>;

describe("Tokenize", () => {
  test("splits a header into words, lifetimes and single punctuation characters", () => {
    expectTypeOf<Tokenize<"impl<'a, T: ?Sized> Host for &'a mut T">>().toEqualTypeOf<
      ["impl", "<", "'a", ",", "T", ":", "?", "Sized", ">", "Host", "for", "&", "'a", "mut", "T"]
    >();
  });
});

describe("ParseImplHeader", () => {
  test("reads bindgen's forwarding impl: a parameter relaxed with ?Sized gets no Sized bound", () => {
    expectTypeOf<ParseImplHeader<"impl<_T: Host + ?Sized> Host for &mut _T">>().toEqualTypeOf<
      ImplHeader<"_T", TraitRef<"Host", []>, Ref<true, Named<"_T", []>>, [Bound<Named<"_T", []>, "Host">]>
    >();
  });

  test("adds the implicit Sized bound after the written ones, where-clauses included", () => {
    expectTypeOf<ParseImplHeader<"impl<T> Host for WasiImpl<T> where T: View, Vec<T>: Other">>().toEqualTypeOf<
      ImplHeader<"T", TraitRef<"Host", []>, Named<"WasiImpl", [T]>, [Bound<T, "View">, Bound<Named<"Vec", [T]>, "Other">, Bound<T, "Sized">]>
    >();
  });

  test("?Sized in a where-clause relaxes the parameter too", () => {
    expectTypeOf<ParseImplHeader<"impl<T> Host for Box<T> where T: ?Sized">["where"]>().toEqualTypeOf<[]>();
  });

  test("reads tuples, the unit type, slices, shared references and generic traits; lifetimes are dropped", () => {
    expectTypeOf<ParseImplHeader<"impl<'a> Convert<u8> for (&'a [u8], (), (u8,))">>().toEqualTypeOf<
      ImplHeader<never, TraitRef<"Convert", [Named<"u8", []>]>, Tuple<[Ref<false, Slice<Named<"u8", []>>>, Tuple<[]>, Tuple<[Named<"u8", []>]>]>, []>
    >();
  });

  test("a dyn type is 'static by default, but takes the reference's lifetime directly behind one", () => {
    type View = TraitRef<"View", []>;
    expectTypeOf<ParseImplHeader<"impl Host for Box<dyn View>">["self"]>().toEqualTypeOf<Named<"Box", [Dyn<View, never, "'static">]>>();
    expectTypeOf<ParseImplHeader<"impl Host for &mut (dyn View)">["self"]>().toEqualTypeOf<Ref<true, Dyn<View, never, "'_">>>();
    expectTypeOf<ParseImplHeader<"impl Host for dyn View + Send + '_">["self"]>().toEqualTypeOf<Dyn<View, "Send", "'_">>();
  });

  test("refuses what it does not model, saying what it expected", () => {
    expectTypeOf<ParseImplHeader<"impl<T> Host for std::vec::Vec<T>">>().toEqualTypeOf<
      RustSyntaxError<"a name without a path (`use` the item instead)", "std : : vec : : ...">
    >();
    expectTypeOf<ParseImplHeader<"impl<F: Fn()> Host for F">>().toEqualTypeOf<
      RustSyntaxError<"a trait (`Fn(..)` bounds are not modelled)", "Fn ( ) > Host for ...">
    >();
    expectTypeOf<ParseImplHeader<"impl !Host for MyHost">>().toEqualTypeOf<
      RustSyntaxError<"a trait (negative impls are not modelled)", "! Host for MyHost">
    >();
    expectTypeOf<ParseImplHeader<"impl<T> Host for [T; 3]">>().toEqualTypeOf<RustSyntaxError<"`]` (arrays are not modelled)", "; 3 ]">>();
  });
});

describe("ParseCrate", () => {
  test("reads a crate's traits with their supertraits, its types and its impls, skipping bodies, uses and comments", () => {
    type Parsed = ParseCrate<`use std::fmt::Display;
// the host
trait Host {}
pub trait SubView: Host + Display {}
struct MyHost;
enum Either<A, B> { Left(A), Right(B) }
impl Display for MyHost { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { Ok(()) } }`>;
    expectTypeOf<Parsed["traits"]>().toEqualTypeOf<"Host" | "SubView">();
    expectTypeOf<Parsed["supertraits"]["SubView"]>().toEqualTypeOf<"Host" | "Display">();
    expectTypeOf<Parsed["types"]>().toEqualTypeOf<"MyHost" | "Either">();
    expectTypeOf<Parsed["impls"]>().toEqualTypeOf<[ImplHeader<never, TraitRef<"Display", []>, Named<"MyHost", []>, []>]>();
  });

  test("refuses a line that is no item it reads", () => {
    expectTypeOf<ParseCrate<"trait Host {}\n#[derive(Clone)]">>().toEqualTypeOf<
      RustSyntaxError<"a `trait`, `struct`, `enum`, `impl` or `use` line", "# [ derive ( Clone ) ...">
    >();
  });
});
