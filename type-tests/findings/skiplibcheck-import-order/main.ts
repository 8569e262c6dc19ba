// finding: skiplibcheck-import-order
// expect: compiles
// rust: error E0119
//
// The same two declaration-only packages as skiplibcheck-first-import-wins, the same
// `skipLibCheck`, and the same assertion about which resolver the key names; the only change is
// that this program imports package b before package a. Now package b wins. Nothing reports the
// conflict, and which Host a user gets depends on the order in which the compiler met the files
// (here, import order; in a real project also the `files`/`include` order and transitive imports).
//
// microsoft/TypeScript#47258 (open). Rust: E0119, independent of any order.

import { expectTypeOf } from "expect-type";
import type { RegisteredHost } from "../host-registry.lib.ts";
import type { FixedListResolver } from "../skiplibcheck-first-import-wins/resolver-b.js";
import type { CachingResolver } from "../skiplibcheck-first-import-wins/resolver-a.js";

expectTypeOf<RegisteredHost<"example:sockets/ip-name-lookup">>().toEqualTypeOf<FixedListResolver>();
expectTypeOf<RegisteredHost<"example:sockets/ip-name-lookup">>().not.toEqualTypeOf<CachingResolver>();
