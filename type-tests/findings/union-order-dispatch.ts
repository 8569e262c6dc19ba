// finding: union-order-dispatch
// expect[ts6]: compiles
// expect[ts7]: error TS2344 at 45 "does not satisfy the constraint"
// rust: error E0119
//
// overlap-first-match with the impls kept as data: a union of the kit's `Impl` records
// (src/coherence/overlap.ts), and dispatch takes the first record that covers the store data. A
// union has no order in the language, but a union-to-tuple conversion exposes the compiler's
// internal one, so "first" is whatever the compiler put first.
//
// TS 6.0.3 keeps members in the order their types were created, here declaration order (in a larger
// program: whichever file first mentions one of them): the view impl is first and dispatch picks it
// (the assertion holds). TS 7.0.2 sorts members by an order of its own, the same whichever impl is
// declared first: the forwarding impl comes first, dispatch picks that one, and the same assertion
// fails (TS2344). TS 6 with `--stableTypeOrdering` behaves like TS 7 (checked by hand;
// microsoft/TypeScript#63084 added the flag to preview the TS 7 order). See
// typescript-go#787 and #3748.
//
// Rust: E0119 for the two overlapping impls; Rust never picks one by order.

import type { Impl, IpNameLookupHost, KitData, SocketsView } from "accessor-kit";
import { expectTypeOf } from "expect-type";

type ViewImpl = Impl<"impl<T: SocketsView> IpNameLookupHost for T", SocketsView>;
type ForwardingImpl = Impl<"impl<T: IpNameLookupHost> IpNameLookupHost for &mut T", IpNameLookupHost>;
type Impls = ViewImpl | ForwardingImpl;

/** The impls that cover data T. */
type Applicable<T, I = Impls> = I extends Impl<string, infer Covers> ? (T extends Covers ? I : never) : never;

/** The member a union-to-tuple conversion puts last (inference from an intersection of overloads). */
type LastMember<U> =
  (U extends unknown ? (sink: (member: U) => void) => void : never) extends (sink: infer S) => void
    ? S extends (member: infer L) => void ? L : never
    : never;
type Members<U, L = LastMember<U>> = [U] extends [never] ? [] : [...Members<Exclude<U, L>>, L];

/** The header of the first applicable impl: the one dispatch would use. */
type Dispatch<T> = Members<Applicable<T>> extends [infer First extends Impl, ...unknown[]] ? First["header"] : never;

/** Store data that is a SocketsView and also an IpNameLookupHost: both impls apply. */
type ResolvingData = KitData & IpNameLookupHost;

expectTypeOf<Applicable<ResolvingData>>().toEqualTypeOf<Impls>();
expectTypeOf<Dispatch<ResolvingData>>().toEqualTypeOf<ViewImpl["header"]>();
