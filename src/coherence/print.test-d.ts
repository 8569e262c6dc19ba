import { describe, expectTypeOf, test } from "vitest";
import type { PrintPredicate, PrintTy } from "./print.ts";
import type { ImplHeader, ParseImplHeader } from "./syntax.ts";

type SelfOf<Header extends string> = ParseImplHeader<Header> extends infer I extends ImplHeader ? I["self"] : never;

describe("PrintTy", () => {
  test("prints types as rustc does in E0119", () => {
    expectTypeOf<PrintTy<SelfOf<"impl Host for (Vec<u8>, &mut [u8], (u8,), ())">>>().toEqualTypeOf<"(Vec<u8>, &mut [u8], (u8,), ())">();
  });

  test("prints a trait object's lifetime only when it is 'static, and then in parentheses", () => {
    expectTypeOf<PrintTy<SelfOf<"impl Host for Box<dyn View + Send>">>>().toEqualTypeOf<"Box<(dyn View + Send + 'static)>">();
    expectTypeOf<PrintTy<SelfOf<"impl Host for &dyn Convert<u8>">>>().toEqualTypeOf<"&dyn Convert<u8>">();
  });
});

describe("PrintPredicate", () => {
  test("prints a where-clause", () => {
    type WhereOf<Header extends string> = ParseImplHeader<Header> extends infer I extends ImplHeader ? I["where"][0] : never;
    expectTypeOf<PrintPredicate<WhereOf<"impl<T> Host for T where Vec<T>: Convert<u8>">>>().toEqualTypeOf<"Vec<T>: Convert<u8>">();
  });
});
