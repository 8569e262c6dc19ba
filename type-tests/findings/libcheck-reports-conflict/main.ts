// finding: libcheck-reports-conflict
// expect: error TS2717 at ../skiplibcheck-first-import-wins/resolver-b.d.ts:10 "must be of type 'CachingResolver', but here has type 'FixedListResolver'"
// rust: error E0119
//
// The control for the two skiplibcheck-* findings: the same two declaration-only packages, checked
// with `"skipLibCheck": false`. The conflict is reported again, as TS2717 inside the later
// package's .d.ts (not in the user's code). So the only thing that hid it was skipLibCheck (see
// microsoft/TypeScript#47258). Rust: E0119.

import type { RegisteredHost } from "../host-registry.lib.ts";
import "../skiplibcheck-first-import-wins/resolver-a.js";
import "../skiplibcheck-first-import-wins/resolver-b.js";

export type SocketsHost = RegisteredHost<"example:sockets/ip-name-lookup">;
