// Print: types and predicates as rustc prints them in E0119 ("for type `&mut _`"): an inference
// variable is `_`; of lifetimes only a trait object's `'static` is printed, and the object is then
// parenthesized: `Box<(dyn View + 'static)>`.
//
// (Type-level note: a recursive result enters a template literal only through `extends infer S
// extends string`; placed there directly, TypeScript computes its constraint, taking minutes.)

import type { Dyn, Named, Predicate, Ref, Slice, TraitRef, Tuple, Ty, Var } from "./syntax.ts";

export type PrintTy<T> =
  T extends Var
    ? "_"
    : T extends Named<infer Name extends string, infer Args extends readonly Ty[]>
      ? PrintArgs<Args> extends infer Printed extends string
        ? `${Name}${Printed}`
        : never
      : T extends Ref<infer Mut, infer To>
        ? PrintTy<To> extends infer Printed extends string
          ? `&${Mut extends true ? "mut " : ""}${Printed}`
          : never
        : T extends Tuple<infer Items extends readonly Ty[]>
          ? PrintList<Items> extends infer Printed extends string
            ? Items extends readonly [unknown]
              ? `(${Printed},)`
              : `(${Printed})`
            : never
          : T extends Slice<infer Of>
            ? PrintTy<Of> extends infer Printed extends string
              ? `[${Printed}]`
              : never
            : T extends Dyn<infer Principal extends TraitRef, infer Autos extends string, infer Region>
              ? PrintTrait<Principal> extends infer Printed extends string
                ? Region extends "'static"
                  ? `(dyn ${Printed}${PrintAutos<Autos>} + 'static)`
                  : `dyn ${Printed}${PrintAutos<Autos>}`
                : never
              : never;

type PrintAutos<Autos extends string> = [Autos] extends [never] ? "" : ` + ${Autos}`;

type PrintList<Ts extends readonly unknown[], Done extends string = ""> = Ts extends readonly [infer First, ...infer Rest]
  ? PrintTy<First> extends infer Printed extends string
    ? PrintList<Rest, Done extends "" ? Printed : `${Done}, ${Printed}`>
    : never
  : Done;

type PrintArgs<Args extends readonly unknown[]> = Args extends readonly []
  ? ""
  : PrintList<Args> extends infer Printed extends string
    ? `<${Printed}>`
    : never;

export type PrintTrait<T extends TraitRef> =
  PrintArgs<T["args"]> extends infer Printed extends string ? `${T["trait"] & string}${Printed}` : never;

/** `Self: Trait`, as rustc writes a where-clause. */
export type PrintPredicate<P extends Predicate> =
  PrintTy<P["self"]> extends infer Self extends string
    ? PrintTrait<P["trait"]> extends infer Trait extends string
      ? `${Self}: ${Trait}`
      : never
    : never;
