// Solve: whether a goal `Type: Trait` may hold, in rustc's intercrate mode, the mode of the overlap
// check. Coherence never proves a goal; it asks whether one is *known not to hold*, and only that
// separates two impls. A goal may hold when
//  - it is not knowable (orphan.ts): a downstream crate may implement it, or an upstream one may add
//    an impl (rustc records an intercrate ambiguity);
//  - `Sized` is asked of an inference variable; `Sized` fails only for `dyn` types, slices and `str`;
//  - it is a trait object's own trait or one of that trait's supertraits (the object candidate);
//  - some impl of the trait (the crate's, the two being checked among them, or std's) unifies with
//    it and every where-clause of that impl may hold, recursively;
//  - the recursion is deeper than MaxDepth: rustc treats overflow in coherence as ambiguity.

import type { Knowable } from "./orphan.ts";
import type { Std } from "./std.ts";
import type { Crate, Dyn, ImplHeader, Named, Predicate, Slice, TraitRef, Var } from "./syntax.ts";
import type { DoesNotUnify, Instantiate, SubstitutePredicate, Unify, UnifyTraitRefs } from "./unify.ts";

/** How deep impls may nest before a goal counts as overflowing (so as possibly holding). */
type MaxDepth = 6;

/** `T: Sized`: false for `dyn` types, slices and `str`, unknown for an inference variable. */
export type SizedMayHold<T> = T extends Var ? true : T extends Dyn | Slice | Named<"str", []> ? false : true;

/** The traits a trait names as supertraits, transitively. */
export type SupertraitsOf<C extends Crate, Trait extends string, Found extends string = never> =
  Exclude<DirectSupertraits<C, Trait>, Found> extends infer New extends string
    ? [New] extends [never]
      ? Found
      : SupertraitsOf<C, New, Found | New>
    : never;

type DirectSupertraits<C extends Crate, Trait extends string> = Trait extends keyof C["supertraits"]
  ? C["supertraits"][Trait] & string
  : never;

/** `dyn P: Trait` holds when Trait is P (with the same arguments) or one of P's supertraits. */
export type ObjectCandidateApplies<C extends Crate, G extends Predicate> =
  G["self"] extends Dyn<infer Principal extends TraitRef>
    ? UnifyTraitRefs<Principal, G["trait"], {}> extends DoesNotUnify
      ? G["trait"]["trait"] extends SupertraitsOf<C, Principal["trait"]>
        ? true
        : false
      : true
    : false;

/** The impls of a trait in the crate and in std. */
export type ImplsOf<C extends Crate, Trait extends string> = ImplsOfTrait<[...C["impls"], ...Std["impls"]], Trait>;

type ImplsOfTrait<Impls extends readonly unknown[], Trait extends string, Found extends unknown[] = []> = Impls extends readonly [
  infer First extends ImplHeader,
  ...infer Rest,
]
  ? ImplsOfTrait<Rest, Trait, [First["trait"]["trait"]] extends [Trait] ? [...Found, First] : Found>
  : Found;

/** Whether goal G, under the substitution S, may hold in crate C. */
export type MayHold<C extends Crate, G extends Predicate, S, Depth extends unknown[] = []> = Depth["length"] extends MaxDepth
  ? true
  : SubstitutePredicate<G, S> extends infer Goal extends Predicate
    ? Goal["trait"]["trait"] extends "Sized"
      ? SizedMayHold<Goal["self"]>
      : Knowable<Goal, C> extends false
        ? true
        : ObjectCandidateApplies<C, Goal> extends true
          ? true
          : ImplsOf<C, Goal["trait"]["trait"]> extends infer Impls extends readonly unknown[]
            ? SomeImplMayApply<C, Goal, S, Depth, Impls>
            : never
    : never;

/** Whether one of the impls unifies with the goal and has where-clauses that may all hold. */
type SomeImplMayApply<C extends Crate, G extends Predicate, S, Depth extends unknown[], Impls extends readonly unknown[]> = Impls extends readonly [
  infer First extends ImplHeader,
  ...infer Rest,
]
  ? Instantiate<First, `${Depth["length"]}`> extends infer Fresh extends ImplHeader
    ? ImplMayApply<C, G, S, Depth, Fresh> extends true
      ? true
      : SomeImplMayApply<C, G, S, Depth, Rest>
    : never
  : false;

/** Whether impl I (instantiated) unifies with the goal and each of its where-clauses may hold. */
type ImplMayApply<C extends Crate, G extends Predicate, S, Depth extends unknown[], I extends ImplHeader> =
  Unify<G["self"], I["self"], S> extends infer SelfUnified
    ? SelfUnified extends DoesNotUnify
      ? false
      : UnifyTraitRefs<G["trait"], I["trait"], SelfUnified> extends infer Unified
        ? Unified extends DoesNotUnify
          ? false
          : [FirstImpossible<C, I["where"], Unified, [...Depth, unknown]>] extends [never]
            ? true
            : false
        : never
    : never;

/** The first of the predicates, substituted, that cannot hold; never when each may hold. */
export type FirstImpossible<C extends Crate, Ps extends readonly unknown[], S, Depth extends unknown[] = []> = Ps extends readonly [
  infer First extends Predicate,
  ...infer Rest,
]
  ? MayHold<C, First, S, Depth> extends true
    ? FirstImpossible<C, Rest, S, Depth>
    : SubstitutePredicate<First, S>
  : never;
