// Unify: impl headers instantiated with fresh inference variables, and unified the way rustc
// equates two impl headers (`equate_impl_headers` in
// rust-lang/rust:compiler/rustc_trait_selection/src/traits/coherence.rs): structurally, with an
// occurs check, lifetimes ignored (the headers carry none).
//
// (Type-level note: results of these recursive types are passed on unconstrained, or through
// `extends infer X extends C`, never straight into a constrained parameter: TypeScript would
// otherwise compute their constraints recursively, which takes minutes.)

import type { Dyn, ImplHeader, Named, Predicate, Ref, Slice, TraitRef, Tuple, Ty, Var } from "./syntax.ts";

/**
 * A substitution: what each inference variable was unified with. Instantiation uses the same map
 * for type parameters: in a header, a parameter is a named type without arguments, so a key
 * without `:` (a parameter's name) maps the parameter, a key with one (`a:T`) an inference variable.
 */
export type Subst = object;

/** What S maps Key to; undefined when it maps nothing. */
type Lookup<S, Key extends string> = Key extends keyof S ? S[Key] : undefined;

/** No substitution makes the two types equal. */
export interface DoesNotUnify {
  readonly "error: the types do not unify": true;
}

/** T with every mapped variable or parameter replaced, recursively. */
export type Substitute<T, S> =
  T extends Var<infer Id extends string>
    ? Lookup<S, Id> extends infer To extends Ty
      ? Substitute<To, S>
      : T
    : T extends Named<infer Name extends string, infer Args extends readonly Ty[]>
      ? Args extends readonly []
        ? Lookup<S, Name> extends infer To extends Ty
          ? Substitute<To, S>
          : T
        : Named<Name, SubstituteAll<Args, S>>
      : T extends Ref<infer Mut, infer To>
        ? Ref<Mut, Substitute<To, S>>
        : T extends Tuple<infer Items extends readonly Ty[]>
          ? Tuple<SubstituteAll<Items, S>>
          : T extends Slice<infer Of>
            ? Slice<Substitute<Of, S>>
            : T extends Dyn<infer Principal extends TraitRef, infer Autos, infer Region>
              ? Dyn<SubstituteTrait<Principal, S>, Autos, Region>
              : T;

export type SubstituteAll<Ts extends readonly unknown[], S, Done extends unknown[] = []> = Ts extends readonly [
  infer First,
  ...infer Rest,
]
  ? SubstituteAll<Rest, S, [...Done, Substitute<First, S>]>
  : Done;

export type SubstituteTrait<T extends TraitRef, S> = TraitRef<T["trait"], SubstituteAll<T["args"], S>>;

export type SubstitutePredicate<P extends Predicate, S> = Predicate<Substitute<P["self"], S>, SubstituteTrait<P["trait"], S>>;

type SubstitutePredicates<Ps extends readonly Predicate[], S, Done extends unknown[] = []> = Ps extends readonly [
  infer First extends Predicate,
  ...infer Rest extends readonly Predicate[],
]
  ? SubstitutePredicates<Rest, S, [...Done, SubstitutePredicate<First, S>]>
  : Done;

/** Each type parameter as a fresh inference variable, its name behind the prefix: `T` becomes `a:T`. */
type FreshVars<Params extends string, Prefix extends string> = { readonly [P in Params]: Var<`${Prefix}:${P}`> };

/** An impl header with its type parameters replaced by fresh inference variables (rustc's `fresh_impl_header`). */
export type Instantiate<I extends ImplHeader, Prefix extends string> =
  FreshVars<I["params"] & string, Prefix> extends infer S
    ? ImplHeader<never, SubstituteTrait<I["trait"], S>, Substitute<I["self"], S>, SubstitutePredicates<I["where"], S>>
    : never;

/** The ids of the inference variables in T. */
export type VarsOf<T> =
  T extends Var<infer Id extends string>
    ? Id
    : T extends Named<string, infer Args extends readonly Ty[]> | Tuple<infer Args extends readonly Ty[]>
      ? VarsOf<Args[number]>
      : T extends Ref<boolean, infer To> | Slice<infer To>
        ? VarsOf<To>
        : T extends Dyn<infer Principal extends TraitRef, string>
          ? VarsOf<Principal["args"][number]>
          : never;

/** S extended with `Id := T`, unless T contains Id (the occurs check: no type is its own part). */
type Bind<Id extends string, T, S> = Id extends VarsOf<Substitute<T, S>> ? DoesNotUnify : S & { readonly [K in Id]: T };

/** A type with its outermost variable resolved. */
type Shallow<T, S> = T extends Var<infer Id extends string> ? (Lookup<S, Id> extends infer To extends Ty ? Shallow<To, S> : T) : T;

/** The substitution that makes A and B equal, extending S; DoesNotUnify when there is none. */
export type Unify<A, B, S> = UnifyShallow<Shallow<A, S>, Shallow<B, S>, S>;

type UnifyShallow<A, B, S> =
  A extends Var<infer Id extends string>
    ? B extends Var<Id>
      ? S
      : Bind<Id, B, S>
    : B extends Var<infer Id extends string>
      ? Bind<Id, A, S>
      : A extends Ref<infer Mut, infer ATo>
        ? B extends Ref<Mut, infer BTo>
          ? Unify<ATo, BTo, S>
          : DoesNotUnify
        : A extends Named<infer Name, infer AArgs extends readonly Ty[]>
          ? B extends Named<Name, infer BArgs extends readonly Ty[]>
            ? UnifyAll<AArgs, BArgs, S>
            : DoesNotUnify
          : A extends Tuple<infer AItems extends readonly Ty[]>
            ? B extends Tuple<infer BItems extends readonly Ty[]>
              ? UnifyAll<AItems, BItems, S>
              : DoesNotUnify
            : A extends Slice<infer AOf>
              ? B extends Slice<infer BOf>
                ? Unify<AOf, BOf, S>
                : DoesNotUnify
              : A extends Dyn<infer APrincipal extends TraitRef, infer AAutos>
                ? B extends Dyn<infer BPrincipal extends TraitRef, infer BAutos>
                  ? SameUnion<AAutos, BAutos> extends true
                    ? UnifyTraitRefs<APrincipal, BPrincipal, S>
                    : DoesNotUnify
                  : DoesNotUnify
                : DoesNotUnify;

type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Unifies two lists of types pairwise; lists of different lengths do not unify. */
export type UnifyAll<As extends readonly unknown[], Bs extends readonly unknown[], S> = As extends readonly [infer A, ...infer ARest]
  ? Bs extends readonly [infer B, ...infer BRest]
    ? Unify<A, B, S> extends infer Next
      ? Next extends DoesNotUnify
        ? DoesNotUnify
        : UnifyAll<ARest, BRest, Next>
      : never
    : DoesNotUnify
  : Bs extends readonly []
    ? S
    : DoesNotUnify;

/** Unifies two trait references: the same trait, with unifiable arguments. */
export type UnifyTraitRefs<A extends TraitRef, B extends TraitRef, S> = [A["trait"]] extends [B["trait"]]
  ? UnifyAll<A["args"], B["args"], S>
  : DoesNotUnify;
