// finding: union-inference-order
// expect[ts6]: error TS2345 at 27 "is not assignable to parameter of type 'Borrow<SocketsView>'"
// expect[ts7]: error TS2345 at 27 "is not assignable to parameter of type 'Borrow<HttpView>'"
// expect[ts7]: error TS2344 at 28 "does not satisfy the constraint"
//
// One getter for both interfaces (the one-getter-many-interfaces scenario) returns a field-ref
// borrow (designs/field-ref.ts) of either view, and a helper tries to recover both view types from
// that union: `Borrow<A> | Borrow<B>` matched against `Borrow<SocketsView> | Borrow<HttpView>`.
//
// TypeScript does not pair the members up. Both A and B are inferred from the same member, the one
// that comes first in the compiler's union order, and the argument is then rejected against
// `Borrow<that view>`. Which view that is differs by version: TS 6.0.3 (creation order) infers
// [SocketsView, SocketsView]; TS 7.0.2 (its own stable order) infers [HttpView, HttpView], so the
// TS2345 names the other view and the assertion of TS 6's result fails too (TS2344). See
// typescript-go#1032 (union-order-dependent inference).
//
// No Rust counterpart: Rust has no untagged unions; an `enum Either<A, B>` names A and B by
// position, so nothing here depends on an order.

import type { HttpView, SocketsView } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import type { Borrow } from "../../designs/field-ref.ts";

declare function viewsOf<A, B>(borrow: Borrow<A> | Borrow<B>): [A, B];
declare const either: Borrow<SocketsView> | Borrow<HttpView>;

const views = viewsOf(either);
expectTypeOf(views).toEqualTypeOf<[SocketsView, SocketsView]>();
