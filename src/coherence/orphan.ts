// Orphan: rustc's orphan checker (`orphan_check_trait_ref` in
// rust-lang/rust:compiler/rustc_next_trait_solver/src/coherence.rs), used the way the overlap check
// uses it, to decide whether a goal is *knowable*: whether every impl that could prove it is already
// known (`trait_ref_is_knowable`).
//
// The checker walks the trait reference's input types in order (the self type, then the trait's
// arguments), looking through references and fundamental types, and stops at the first local type
// (the check passes) or the first uncovered inference variable (it fails).
//  - Another crate's view: no type here is local to it, but every inference variable may become one
//    of its types. If the check passes from there, a downstream crate may write the impl: unknowable
//    ("downstream crates may implement trait `View` for type `&mut _`").
//  - Otherwise a goal of a local trait is knowable: only this crate and its dependencies can have impls.
//  - A goal of a foreign trait is knowable only if it passes the orphan check here: then no upstream
//    crate may add an impl for it later; if not, "upstream crates may add a new impl" (RFC 1023).

import type { Crate, Dyn, Named, Predicate, Ref, TraitRef, Ty, Var } from "./syntax.ts";
import type { FundamentalType } from "./std.ts";

/** Where the checker stopped in one input type. */
type Stop = "at a local type" | "at an uncovered variable" | "nowhere";

/** Whose orphan check: this crate's, or that of a crate that may unify every inference variable with its own type. */
export type Checker = "this crate" | "another crate";

export type VisitTy<T extends Ty, C extends Crate, By extends Checker> =
  T extends Var
    ? By extends "another crate"
      ? "at a local type"
      : "at an uncovered variable"
    : T extends Ref<boolean, infer To extends Ty>
      ? VisitTy<To, C, By>
      : T extends Named<infer Name extends string, infer Args extends readonly Ty[]>
        ? By extends "this crate"
          ? Name extends C["types"]
            ? "at a local type"
            : VisitFundamental<Name, Args, C, By>
          : VisitFundamental<Name, Args, C, By>
        : T extends Dyn<infer Principal extends TraitRef>
          ? By extends "this crate"
            ? Principal["trait"] extends C["traits"]
              ? "at a local type"
              : "nowhere"
            : "nowhere"
          : "nowhere";

/** A fundamental type is looked through (its arguments, in order); any other foreign type is a dead end. */
type VisitFundamental<Name extends string, Args extends readonly Ty[], C extends Crate, By extends Checker> = Name extends FundamentalType
  ? VisitAll<Args, C, By>
  : "nowhere";

/** The first stop among the types, in order. */
type VisitAll<Ts extends readonly Ty[], C extends Crate, By extends Checker> = Ts extends readonly [
  infer First extends Ty,
  ...infer Rest extends readonly Ty[],
]
  ? VisitTy<First, C, By> extends infer Found extends Stop
    ? Found extends "nowhere"
      ? VisitAll<Rest, C, By>
      : Found
    : never
  : "nowhere";

/** Whether the goal's trait reference passes the orphan check of the crate By. */
export type OrphanCheckPasses<G extends Predicate, C extends Crate, By extends Checker> =
  VisitAll<[G["self"], ...G["trait"]["args"]], C, By> extends "at a local type" ? true : false;

/** Whether every impl that could prove G is known to crate C (the goal's types fully substituted). */
export type Knowable<G extends Predicate, C extends Crate> =
  OrphanCheckPasses<G, C, "another crate"> extends true
    ? false
    : G["trait"]["trait"] extends C["traits"]
      ? true
      : OrphanCheckPasses<G, C, "this crate">;
