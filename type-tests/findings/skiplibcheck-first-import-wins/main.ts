// finding: skiplibcheck-first-import-wins
// expect: compiles
// rust: error E0119
//
// The registry-key-conflict situation again, but both packages ship only declaration files
// (resolver-a.d.ts, resolver-b.d.ts), and the project sets `skipLibCheck`, as most projects and
// this kit do. The TS2717 between the two .d.ts files is then never reported: the program compiles,
// and the key silently names the resolver of whichever package was loaded first. Here package a is
// imported first, and wins. skiplibcheck-import-order imports the same two files the other way
// round and gets package b; libcheck-reports-conflict checks them without skipLibCheck.
//
// microsoft/TypeScript#47258 "Conflicting declaration merging doesn't fail in .d.ts files" (open).
// Rust checks coherence across the whole crate graph, packaged or not: E0119.

import { expectTypeOf } from "expect-type";
import type { RegisteredHost } from "../host-registry.lib.ts";
import type { CachingResolver } from "./resolver-a.js";
import type { FixedListResolver } from "./resolver-b.js";

expectTypeOf<RegisteredHost<"example:sockets/ip-name-lookup">>().toEqualTypeOf<CachingResolver>();
expectTypeOf<RegisteredHost<"example:sockets/ip-name-lookup">>().not.toEqualTypeOf<FixedListResolver>();
