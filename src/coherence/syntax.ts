// Syntax: the Rust the coherence model reads, as type-level data. An impl header such as
// `impl<_T: Host + ?Sized> Host for &mut _T` is tokenized and parsed into an ImplHeader: its type
// parameters, the trait it implements, its self type (a Ty) and its where-clauses, the implicit
// `Sized` bound of every parameter not relaxed with `?Sized` included, as rustc adds it. A crate is
// a list of items, one a line: the traits, types and impls it defines (`use` lines and comments are
// skipped, an item's `{ ... }` body is not read).
//
// What it reads: type parameters with bounds, where-clauses, `&T`/`&mut T` (lifetimes read and
// ignored), named types with generic arguments, tuples, slices, `dyn Trait + Send + 'a`, generic
// traits. What it refuses, with a RustSyntaxError naming what it expected: paths (`a::B`: import the
// name), `Fn(..)` bounds, higher-ranked bounds, associated types, const generics, negative impls.

/** What the model could not read: what it expected, and the tokens where it stopped. */
export interface RustSyntaxError<Expected extends string = string, Near extends string = string> {
  readonly "error: the coherence model cannot read this Rust, it expected": Expected;
  readonly near: Near;
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Space = " " | "\t" | "\n" | "\r";
type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";

/** A character of a word (identifier, keyword or lifetime): a letter, a digit, `_` or `'`. */
type IsWordChar<C extends string> = C extends "_" | "'" | Digit ? true : Lowercase<C> extends Uppercase<C> ? false : true;

type WithWord<Tokens extends string[], Word extends string> = Word extends "" ? Tokens : [...Tokens, Word];

/** Rust source as tokens: words (`impl`, `_T`, `'a`) and every other character on its own (`&`, `<`). */
export type Tokenize<Source extends string, Word extends string = "", Tokens extends string[] = []> =
  Source extends `${infer C}${infer Rest}`
    ? IsWordChar<C> extends true
      ? Tokenize<Rest, `${Word}${C}`, Tokens>
      : Tokenize<Rest, "", C extends Space ? WithWord<Tokens, Word> : [...WithWord<Tokens, Word>, C]>
    : WithWord<Tokens, Word>;

type Keyword = "impl" | "for" | "where" | "dyn" | "mut" | "const" | "unsafe" | "trait" | "struct" | "enum" | "use" | "pub";

/** A word that names something: not a keyword, a lifetime or a number. */
type IsIdent<Token extends string> = Token extends Keyword
  ? false
  : Token extends `${infer First}${string}`
    ? First extends "'" | Digit
      ? false
      : IsWordChar<First>
    : false;

type IsLifetime<Token extends string> = Token extends `'${string}` ? true : false;

/** The first tokens left, for an error message. */
type Near<Tokens extends string[], Shown extends string = "", Count extends unknown[] = []> = Tokens extends [
  infer T extends string,
  ...infer Rest extends string[],
]
  ? Count["length"] extends 6
    ? `${Shown} ...`
    : Near<Rest, Shown extends "" ? T : `${Shown} ${T}`, [...Count, unknown]>
  : Shown extends ""
    ? "the end"
    : Shown;

type Expected<What extends string, Tokens extends string[]> = RustSyntaxError<What, Near<Tokens>>;

// ---------------------------------------------------------------------------------------------
// Types and trait references

/** A named type: a struct, enum or primitive, local or foreign, with its generic arguments; or a type parameter before instantiation. */
export interface Named<Name = string, Args = readonly Ty[]> {
  readonly kind: "named";
  readonly name: Name;
  readonly args: Args;
}

/** `&T` or `&mut T`: references are fundamental (RFC 1023), coherence looks through them. */
export interface Ref<Mut = boolean, To = Ty> {
  readonly kind: "ref";
  readonly mut: Mut;
  readonly to: To;
}

export interface Tuple<Items = readonly Ty[]> {
  readonly kind: "tuple";
  readonly items: Items;
}

export interface Slice<Of = Ty> {
  readonly kind: "slice";
  readonly of: Of;
}

/**
 * `dyn Principal + Autos + 'region`: a trait object. Of its lifetime only whether it is `'static`
 * is kept, written or by default (RFC 599: `'static` unless directly behind a reference), since
 * rustc prints it then; coherence itself ignores lifetimes.
 */
export interface Dyn<Principal = TraitRef, Autos = string, Region = DynRegion> {
  readonly kind: "dyn";
  readonly principal: Principal;
  readonly autos: Autos;
  readonly region: Region;
}

export type DynRegion = "'static" | "'_";

/** An inference variable: a type parameter of an impl, instantiated for one check. */
export interface Var<Id = string> {
  readonly kind: "var";
  readonly id: Id;
}

export type Ty = Named | Ref | Tuple | Slice | Dyn | Var;

/** A trait with its generic arguments: `Host`, `Convert<u8>`. */
export interface TraitRef<Trait = string, Args = readonly Ty[]> {
  readonly trait: Trait;
  readonly args: Args;
}

/** `Self: Trait<Args>`: a where-clause, and the goal the solver proves. */
export interface Predicate<Self = Ty, Trait = TraitRef> {
  readonly self: Self;
  readonly trait: Trait;
}

/** The auto traits a `dyn` type may add to its principal trait. */
type AutoTrait = "Send" | "Sync" | "Unpin" | "UnwindSafe" | "RefUnwindSafe";

/** One parse step: the node read, and the tokens after it. */
type Parsed<Node, Rest extends string[]> = [Node, Rest];

/**
 * A type: `&'a mut T`, `(A, B)`, `[T]`, `dyn Trait + 'a`, `Name<Args>`. DynDefault is the lifetime
 * a `dyn` type without one gets here: `'_` directly behind a reference, else `'static`.
 */
export type ParseTy<Tokens extends string[], DynDefault extends DynRegion = "'static"> = Tokens extends ["&", ...infer Rest extends string[]]
  ? ParseRef<SkipLifetime<Rest>>
  : Tokens extends ["(", ...infer Rest extends string[]]
    ? ParseParenthesized<Rest, DynDefault>
    : Tokens extends ["[", ...infer Rest extends string[]]
      ? ParseSlice<Rest>
      : Tokens extends ["dyn", ...infer Rest extends string[]]
        ? ParseDyn<Rest, DynDefault>
        : Tokens extends [infer Name extends string, ...infer Rest extends string[]]
          ? IsIdent<Name> extends true
            ? ParseNamed<Name, Rest>
            : Expected<"a type", Tokens>
          : Expected<"a type", Tokens>;

type SkipLifetime<Tokens extends string[]> = Tokens extends [infer First extends string, ...infer Rest extends string[]]
  ? IsLifetime<First> extends true
    ? Rest
    : Tokens
  : Tokens;

type ParseRef<Tokens extends string[]> = Tokens extends ["mut", ...infer Rest extends string[]]
  ? ParseTy<Rest, "'_"> extends Parsed<infer To extends Ty, infer After>
    ? Parsed<Ref<true, To>, After>
    : ParseTy<Rest, "'_">
  : ParseTy<Tokens, "'_"> extends Parsed<infer To extends Ty, infer After>
    ? Parsed<Ref<false, To>, After>
    : ParseTy<Tokens, "'_">;

/** After `(`: the unit type `()`, a parenthesized type `(T)`, or a tuple `(A, B)`. */
type ParseParenthesized<Tokens extends string[], DynDefault extends DynRegion> = Tokens extends [")", ...infer Rest extends string[]]
  ? Parsed<Tuple<[]>, Rest>
  : ParseTy<Tokens, DynDefault> extends Parsed<infer First extends Ty, infer After>
    ? After extends [")", ...infer Rest extends string[]]
      ? Parsed<First, Rest>
      : After extends [",", ...infer Rest extends string[]]
        ? ParseTupleRest<Rest, [First]>
        : Expected<"`,` or `)`", After>
    : ParseTy<Tokens, DynDefault>;

type ParseTupleRest<Tokens extends string[], Items extends Ty[]> = Tokens extends [")", ...infer Rest extends string[]]
  ? Parsed<Tuple<Items>, Rest>
  : ParseTy<Tokens> extends Parsed<infer Item extends Ty, infer After>
    ? After extends [",", ...infer Rest extends string[]]
      ? ParseTupleRest<Rest, [...Items, Item]>
      : After extends [")", ...infer Rest extends string[]]
        ? Parsed<Tuple<[...Items, Item]>, Rest>
        : Expected<"`,` or `)`", After>
    : ParseTy<Tokens>;

type ParseSlice<Tokens extends string[]> =
  ParseTy<Tokens> extends Parsed<infer Of extends Ty, infer After>
    ? After extends ["]", ...infer Rest extends string[]]
      ? Parsed<Slice<Of>, Rest>
      : Expected<"`]` (arrays are not modelled)", After>
    : ParseTy<Tokens>;

type ParseDyn<Tokens extends string[], DynDefault extends DynRegion> =
  ParseBounds<Tokens> extends Parsed<Bounds<infer Traits extends TraitRef[], boolean, infer Lifetimes>, infer After>
    ? [Exclude<Traits[number], TraitRef<AutoTrait>>] extends [infer Principal extends TraitRef]
      ? [Principal] extends [never]
        ? Expected<"a principal trait after `dyn`", Tokens>
        : Parsed<Dyn<Principal, Extract<Traits[number], TraitRef<AutoTrait>>["trait"], RegionOf<Lifetimes, DynDefault>>, After>
      : never
    : ParseBounds<Tokens>;

/** A `dyn` type's lifetime: the one written, if any, else the default. */
type RegionOf<Lifetimes, DynDefault extends DynRegion> = [Lifetimes] extends [never]
  ? DynDefault
  : "'static" extends Lifetimes
    ? "'static"
    : "'_";

/** `Name` or `Name<Args>`; a path (`a::B`) is refused. */
type ParseNamed<Name extends string, Tokens extends string[]> = Tokens extends [":", ":", ...string[]]
  ? Expected<"a name without a path (`use` the item instead)", [Name, ...Tokens]>
  : Tokens extends ["<", ...infer Rest extends string[]]
    ? ParseArgs<Rest, []> extends Parsed<infer Args extends Ty[], infer After>
      ? Parsed<Named<Name, Args>, After>
      : ParseArgs<Rest, []>
    : Parsed<Named<Name, []>, Tokens>;

/** Generic arguments up to `>`; lifetime arguments are read and dropped. */
type ParseArgs<Tokens extends string[], Args extends Ty[]> = Tokens extends [">", ...infer Rest extends string[]]
  ? Parsed<Args, Rest>
  : Tokens extends [infer First extends string, ...infer Rest extends string[]]
    ? IsLifetime<First> extends true
      ? AfterArg<Rest, Args>
      : ParseTy<Tokens> extends Parsed<infer Arg extends Ty, infer After>
        ? AfterArg<After, [...Args, Arg]>
        : ParseTy<Tokens>
    : Expected<"a generic argument", Tokens>;

type AfterArg<Tokens extends string[], Args extends Ty[]> = Tokens extends [",", ...infer Rest extends string[]]
  ? ParseArgs<Rest, Args>
  : Tokens extends [">", ...infer Rest extends string[]]
    ? Parsed<Args, Rest>
    : Expected<"`,` or `>` (associated types are not modelled)", Tokens>;

/** A trait reference: `Name` or `Name<Args>`. */
type ParseTraitRef<Tokens extends string[]> = Tokens extends ["for", "<", ...string[]]
  ? Expected<"a trait (higher-ranked bounds are not modelled)", Tokens>
  : Tokens extends [string, "(", ...string[]]
    ? Expected<"a trait (`Fn(..)` bounds are not modelled)", Tokens>
    : Tokens extends [infer Name extends string, ...infer Rest extends string[]]
      ? IsIdent<Name> extends true
        ? ParseNamed<Name, Rest> extends Parsed<Named<infer Trait extends string, infer Args extends readonly Ty[]>, infer After>
          ? Parsed<TraitRef<Trait, Args>, After>
          : ParseNamed<Name, Rest>
        : Expected<"a trait", Tokens>
      : Expected<"a trait", Tokens>;

/** The bounds after a `:`: traits joined by `+`, whether `?Sized` relaxed the implicit `Sized`, and the lifetimes. */
interface Bounds<Traits = TraitRef[], Relaxed = boolean, Lifetimes = string> {
  readonly traits: Traits;
  readonly relaxed: Relaxed;
  readonly lifetimes: Lifetimes;
}

/** `Trait + ?Sized + 'a + Other<T>`. */
type ParseBounds<Tokens extends string[], B extends Bounds = Bounds<[], false, never>> = Tokens extends [
  "?",
  "Sized",
  ...infer Rest extends string[],
]
  ? AfterBound<Rest, Bounds<B["traits"], true, B["lifetimes"]>>
  : Tokens extends [infer First extends string, ...infer Rest extends string[]]
    ? IsLifetime<First> extends true
      ? AfterBound<Rest, Bounds<B["traits"], B["relaxed"], B["lifetimes"] | First>>
      : ParseTraitRef<Tokens> extends Parsed<infer Trait extends TraitRef, infer After>
        ? AfterBound<After, Bounds<[...B["traits"], Trait], B["relaxed"], B["lifetimes"]>>
        : ParseTraitRef<Tokens>
    : Expected<"a bound", Tokens>;

type AfterBound<Tokens extends string[], B extends Bounds> = Tokens extends ["+", ...infer Rest extends string[]]
  ? ParseBounds<Rest, B>
  : Parsed<B, Tokens>;

/** `Self: Trait` for each trait of the bounds. */
type PredicatesOf<Self extends Ty, Traits extends TraitRef[]> = { [I in keyof Traits]: Predicate<Self, Traits[I]> };

// ---------------------------------------------------------------------------------------------
// Impl headers

/**
 * An impl as coherence sees it: its type parameters, the trait it implements and the type it
 * implements it for, and every predicate it requires, the implicit `Sized` bounds included.
 */
export interface ImplHeader<Params = string, Trait = TraitRef, Self = Ty, Where = readonly Predicate[]> {
  readonly params: Params;
  readonly trait: Trait;
  readonly self: Self;
  readonly where: Where;
}

/** What `<...>` after `impl` declares: parameter names in order, their bounds, those relaxed with `?Sized`. */
interface Generics<Names = string[], Where = Predicate[], Unsized = string> {
  readonly names: Names;
  readonly where: Where;
  readonly unsized: Unsized;
}

type ParseGenerics<Tokens extends string[]> = Tokens extends ["<", ...infer Rest extends string[]]
  ? ParseParams<Rest, Generics<[], [], never>>
  : Parsed<Generics<[], [], never>, Tokens>;

type ParseParams<Tokens extends string[], G extends Generics> = Tokens extends [">", ...infer Rest extends string[]]
  ? Parsed<G, Rest>
  : Tokens extends ["const", ...string[]]
    ? Expected<"a type parameter (const generics are not modelled)", Tokens>
    : Tokens extends [infer Name extends string, ...infer Rest extends string[]]
      ? IsLifetime<Name> extends true
        ? AfterParam<SkipLifetimeBounds<Rest>, G>
        : IsIdent<Name> extends false
          ? Expected<"a type parameter", Tokens>
          : Rest extends [":", ...infer BoundTokens extends string[]]
            ? ParseBounds<BoundTokens> extends Parsed<Bounds<infer Traits extends TraitRef[], infer Relaxed extends boolean>, infer After>
              ? AfterParam<After, WithBounds<G, Name, Traits, Relaxed>>
              : ParseBounds<BoundTokens>
            : AfterParam<Rest, WithBounds<G, Name, [], false>>
      : Expected<"a type parameter", Tokens>;

type WithBounds<G extends Generics, Name extends string, Traits extends TraitRef[], Relaxed extends boolean> = Generics<
  [...G["names"], Name],
  [...G["where"], ...PredicatesOf<Named<Name, []>, Traits>],
  G["unsized"] | (Relaxed extends true ? Name : never)
>;

/** `'a: 'b + 'c`: a lifetime parameter's bounds, read and dropped. */
type SkipLifetimeBounds<Tokens extends string[]> = Tokens extends [":" | "+", infer Lifetime extends string, ...infer Rest extends string[]]
  ? IsLifetime<Lifetime> extends true
    ? SkipLifetimeBounds<Rest>
    : Tokens
  : Tokens;

type AfterParam<Tokens extends string[], G extends Generics> = Tokens extends [",", ...infer Rest extends string[]]
  ? ParseParams<Rest, G>
  : Tokens extends [">", ...infer Rest extends string[]]
    ? Parsed<G, Rest>
    : Expected<"`,` or `>`", Tokens>;

/** `where T: A + ?Sized, Vec<T>: B,` to the end of the header; outlives clauses (`'a: 'b`, `T: 'a`) are dropped. */
type ParseWhere<Tokens extends string[], G extends Generics> = Tokens extends []
  ? G
  : Tokens extends [infer First extends string, ":", ...infer Rest extends string[]]
    ? IsLifetime<First> extends true
      ? AfterWhereClause<SkipLifetimeBounds<[":", ...Rest]>, G>
      : ParseWhereClause<Tokens, G>
    : ParseWhereClause<Tokens, G>;

type ParseWhereClause<Tokens extends string[], G extends Generics> =
  ParseTy<Tokens> extends Parsed<infer Self extends Ty, infer After>
    ? After extends [":", ...infer BoundTokens extends string[]]
      ? ParseBounds<BoundTokens> extends Parsed<Bounds<infer Traits extends TraitRef[], infer Relaxed extends boolean>, infer Rest>
        ? AfterWhereClause<
            Rest,
            Generics<
              G["names"],
              [...G["where"], ...PredicatesOf<Self, Traits>],
              G["unsized"] | (Relaxed extends true ? (Self extends Named<infer Name extends string, []> ? Name : never) : never)
            >
          >
        : ParseBounds<BoundTokens>
      : Expected<"`:` in a where-clause", After>
    : ParseTy<Tokens>;

type AfterWhereClause<Tokens extends string[], G extends Generics> = Tokens extends [",", ...infer Rest extends string[]]
  ? ParseWhere<Rest, G>
  : Tokens extends []
    ? G
    : Expected<"`,` or the end of the header", Tokens>;

/** The implicit `Sized` bound rustc adds to every type parameter not relaxed with `?Sized`. */
type ImplicitSized<Names extends string[], Unsized extends string> = {
  [I in keyof Names]: Predicate<Named<Names[I], []>, TraitRef<"Sized", []>>;
} extends infer All extends Predicate[]
  ? FilterSized<All, Unsized>
  : never;

type FilterSized<All extends Predicate[], Unsized extends string> = All extends [
  infer First extends Predicate,
  ...infer Rest extends Predicate[],
]
  ? First["self"] extends Named<Unsized, []>
    ? FilterSized<Rest, Unsized>
    : [First, ...FilterSized<Rest, Unsized>]
  : [];

/** The text before an item's `{ ... }` body. */
type BeforeBody<Source extends string> = Source extends `${infer Head}{${string}` ? Head : Source;

/** Whether Source is known text: not `string`, not `any` (which would make the tokenizer recurse forever). */
type IsLiteral<Source> = 0 extends 1 & Source ? false : string extends Source ? false : true;

type NotLiteral = RustSyntaxError<"Rust source as a string literal", "string">;

/** An impl header, `impl<Params> Trait for Type where ...`, with or without its body. */
export type ParseImplHeader<Source extends string> =
  IsLiteral<Source> extends true ? ParseImplTokens<Tokenize<BeforeBody<Source>>> : NotLiteral;

type ParseImplTokens<Tokens extends string[]> = Tokens extends ["impl", ...infer Rest extends string[]]
  ? ParseGenerics<Rest> extends Parsed<infer G extends Generics, infer AfterGenerics>
    ? AfterGenerics extends ["!", ...string[]]
      ? Expected<"a trait (negative impls are not modelled)", AfterGenerics>
      : ParseTraitRef<AfterGenerics> extends Parsed<infer Trait extends TraitRef, infer AfterTrait>
        ? AfterTrait extends ["for", ...infer SelfTokens extends string[]]
          ? ParseTy<SelfTokens> extends Parsed<infer Self extends Ty, infer AfterSelf>
            ? AfterSelf extends ["where", ...infer WhereTokens extends string[]]
              ? ParseWhere<WhereTokens, G> extends infer Full extends Generics
                ? ToImplHeader<Full, Trait, Self>
                : ParseWhere<WhereTokens, G>
              : AfterSelf extends []
                ? ToImplHeader<G, Trait, Self>
                : Expected<"`where` or the end of the header", AfterSelf>
            : ParseTy<SelfTokens>
          : Expected<"`for` (inherent impls have no coherence conflict of this kind)", AfterTrait>
        : ParseTraitRef<AfterGenerics>
    : ParseGenerics<Rest>
  : Expected<"`impl`", Tokens>;

type ToImplHeader<G extends Generics, Trait extends TraitRef, Self extends Ty> = ImplHeader<
  G["names"][number],
  Trait,
  Self,
  [...G["where"], ...ImplicitSized<G["names"], G["unsized"]>]
>;

// ---------------------------------------------------------------------------------------------
// Crates

/**
 * A crate as the model knows it: its traits (each with its supertraits), its types, and its impls.
 * Everything not defined here is foreign (upstream: std).
 */
export interface Crate<Traits = string, Supertraits = object, Types = string, Impls = readonly ImplHeader[]> {
  readonly traits: Traits;
  readonly supertraits: Supertraits;
  readonly types: Types;
  readonly impls: Impls;
}

type EmptyCrate = Crate<never, {}, never, []>;

type Trim<S extends string> = S extends `${Space}${infer Rest}` ? Trim<Rest> : S extends `${infer Rest}${Space}` ? Trim<Rest> : S;

/** A crate's items, one a line: `trait`, `struct`/`enum` and `impl` lines; `use` lines, comments and blank lines are skipped. */
export type ParseCrate<Source extends string> = IsLiteral<Source> extends true ? ParseItems<Source, EmptyCrate> : NotLiteral;

type ParseItems<Source extends string, Into extends Crate> = Source extends `${infer Line}\n${infer Rest}`
  ? WithItem<Into, Trim<Line>> extends infer Next extends Crate
    ? ParseItems<Rest, Next>
    : WithItem<Into, Trim<Line>>
  : WithItem<Into, Trim<Source>>;

type WithItem<C extends Crate, Line extends string> = Line extends "" | `//${string}` | `use ${string}`
  ? C
  : Line extends `pub ${infer Item}`
    ? WithItem<C, Item>
    : Line extends `impl${string}`
      ? ParseImplHeader<Line> extends infer Impl extends ImplHeader
        ? Crate<C["traits"], C["supertraits"], C["types"], [...C["impls"], Impl]>
        : ParseImplHeader<Line>
      : Line extends `trait ${string}`
        ? WithTrait<C, Tokenize<BeforeBody<Line>>>
        : Line extends `struct ${string}` | `enum ${string}`
          ? Tokenize<Line> extends [string, infer Name extends string, ...string[]]
            ? Crate<C["traits"], C["supertraits"], C["types"] | Name, C["impls"]>
            : Expected<"a type name", Tokenize<Line>>
          : Expected<"a `trait`, `struct`, `enum`, `impl` or `use` line", Tokenize<Line>>;

/** `trait Name<Params>: Supertraits`; the parameters are read and dropped. */
type WithTrait<C extends Crate, Tokens extends string[]> = Tokens extends ["trait", infer Name extends string, ...infer Rest extends string[]]
  ? ParseGenerics<Rest> extends Parsed<Generics, infer AfterGenerics>
    ? AfterGenerics extends [":", ...infer BoundTokens extends string[]]
      ? ParseBounds<BoundTokens> extends Parsed<Bounds<infer Supers extends TraitRef[], boolean>, []>
        ? AddTrait<C, Name, Supers[number]["trait"]>
        : Expected<"supertraits up to the body", BoundTokens>
      : AfterGenerics extends []
        ? AddTrait<C, Name, never>
        : Expected<"`:` or the trait's body", AfterGenerics>
    : ParseGenerics<Rest>
  : Expected<"a trait name", Tokens>;

type AddTrait<C extends Crate, Name extends string, Supers extends string> = Crate<
  C["traits"] | Name,
  C["supertraits"] & { readonly [T in Name]: Supers },
  C["types"],
  C["impls"]
>;
