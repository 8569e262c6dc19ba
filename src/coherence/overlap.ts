// Coherence: rustc rejects two impls of one trait that could both apply to some type (E0119), so a
// type never has two ways to be a Host. TypeScript has no impl selection: overloads and conditional
// types silently take the first match (findings/overlap-first-match). A design that picks a host by
// type states its impls with these types, and an overlap becomes a compile error naming both impls.
//
// The check is a model of rustc's overlap check (`overlap` in
// rust-lang/rust:compiler/rustc_trait_selection/src/traits/coherence.rs) over impl headers written
// in Rust: instantiate both headers with fresh inference variables,
// unify them (unify.ts), then look for a where-clause of either impl that is known not to hold
// (solve.ts, orphan.ts). If the headers do not unify, or such a where-clause exists, the impls are
// disjoint; otherwise they overlap. What it does not model: README.md beside this file.

import type { PrintPredicate, PrintTy } from "./print.ts";
import type { FirstImpossible } from "./solve.ts";
import type { StdTrait } from "./std.ts";
import type { Crate, ImplHeader, ParseImplHeader, Predicate } from "./syntax.ts";
import type { DoesNotUnify, Instantiate, Substitute, Unify, UnifyTraitRefs } from "./unify.ts";

/**
 * One impl: its header, as Rust source (`impl<T: View> Host for T`), and the TypeScript type of the
 * values it applies to, for a dispatcher. Coherence reads only the header.
 */
export interface Impl<Header extends string = string, Covers = unknown> {
  readonly header: Header;
  readonly covers: Covers;
}

/** Some type has both impls: rustc's E0119, "conflicting implementations of trait ... for type `ForType`". */
export interface Overlap<ForType extends string = string> {
  readonly overlaps: true;
  readonly forType: ForType;
}

/** No type has both impls: their headers do not unify, or a where-clause of their intersection cannot hold. */
export interface Disjoint<Because extends string = string> {
  readonly overlaps: false;
  readonly because: Because;
}

/** A where-clause names a foreign trait whose impls the model does not know (std.ts lists those it does). */
export interface TraitNotModelled<Trait extends string> {
  readonly "error: the coherence model does not know the impls of": Trait;
}

/** The traits in where-clauses of the crate's impls that are neither local, nor std's that the model knows, nor `Sized`. */
type UnmodelledTraits<C extends Crate> = Exclude<C["impls"][number]["where"][number]["trait"]["trait"], C["traits"] | StdTrait | "Sized">;

type WithImpls<C extends Crate, A, B> = Crate<C["traits"], C["supertraits"], C["types"], [...C["impls"], A, B]>;

/** rustc's overlap check of two impl headers of crate C, the two impls counted among the crate's. */
export type OverlapCheck<C extends Crate, A extends string, B extends string> =
  ParseImplHeader<A> extends infer ImplA extends ImplHeader
    ? ParseImplHeader<B> extends infer ImplB extends ImplHeader
      ? WithImpls<C, ImplA, ImplB> extends infer All extends Crate
        ? [UnmodelledTraits<All>] extends [never]
          ? Instantiate<ImplA, "a"> extends infer FreshA extends ImplHeader
            ? Instantiate<ImplB, "b"> extends infer FreshB extends ImplHeader
              ? CheckHeaders<All, FreshA, FreshB>
              : never
            : never
          : TraitNotModelled<UnmodelledTraits<All>>
        : never
      : ParseImplHeader<B>
    : ParseImplHeader<A>;

type CheckHeaders<C extends Crate, A extends ImplHeader, B extends ImplHeader> = [A["trait"]["trait"]] extends [B["trait"]["trait"]]
  ? UnifyHeaders<A, B> extends infer S
    ? S extends DoesNotUnify
      ? Disjoint<"no type matches both headers">
      : FirstImpossible<C, [...A["where"], ...B["where"]], S> extends infer Impossible
        ? [Impossible] extends [never]
          ? PrintTy<Substitute<A["self"], S>> extends infer ForType extends string
            ? Overlap<ForType>
            : never
          : Impossible extends Predicate
            ? PrintPredicate<Impossible> extends infer Printed extends string
              ? Disjoint<`\`${Printed}\` cannot hold`>
              : never
            : never
        : never
    : never
  : Disjoint<"they implement different traits">;

/** The substitution that makes both self types and both trait references equal. */
type UnifyHeaders<A extends ImplHeader, B extends ImplHeader> =
  Unify<A["self"], B["self"], {}> extends infer S ? (S extends DoesNotUnify ? S : UnifyTraitRefs<A["trait"], B["trait"], S>) : never;

/**
 * What rustc does with a crate holding both impls, in the words of the corpus: `compiles`, or
 * E0119 with the type rustc names; it names none when that type is an inference variable `_`.
 */
export type RustcOutcome<Check> =
  Check extends Overlap<infer ForType>
    ? ForType extends "_"
      ? "E0119"
      : `E0119 for type \`${ForType}\``
    : Check extends Disjoint
      ? "compiles"
      : Check;

/** Whether the two impls of crate C overlap; a header the model cannot read, or a trait it does not know, is that error. */
export type Overlaps<C extends Crate, A extends Impl, B extends Impl> =
  OverlapCheck<C, A["header"], B["header"]> extends infer Check
    ? Check extends Overlap
      ? true
      : Check extends Disjoint
        ? false
        : Check
    : never;

/** E0119's counterpart: the error type a coherence check resolves to, naming both impls. */
export interface ConflictingImplementations<First extends string, Second extends string> {
  readonly "error[E0119]: conflicting implementations of one trait": readonly [First, Second];
}

/** `Ok` when `A` and `B` apply to no common type, otherwise the conflict naming both (or the model's error). */
export type CheckCoherence<C extends Crate, A extends Impl, B extends Impl, Ok> =
  Overlaps<C, A, B> extends infer Verdict
    ? Verdict extends true
      ? ConflictingImplementations<A["header"], B["header"]>
      : Verdict extends false
        ? Ok
        : Verdict
    : never;
