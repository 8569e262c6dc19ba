// finding: skiplibcheck-heritage-conflict
// expect[ts6]: compiles
// expect[ts7]: error TS2320 at 31 "cannot simultaneously extend types 'ViewImpls' and 'ForwardingImpls'"
// rust: error E0119
//
// The kit's registry (kit-registry.d.ts) and two host packages ship declarations only, and the
// project sets `skipLibCheck`. Package a makes the registry inherit "every view's host"
// (view-impls.d.ts), package b "any Host, forwarded" (forwarding-impls.d.ts): two inherited
// entries for the same key with different types, the shape of wasmtime #8382's E0119 between
// `impl<T: WasiView> Host for T` and bindgen's `impl<T: Host> Host for &mut T`. The user only adds
// an unrelated key for the http interface.
//
// TS 6.0.3 says nothing: it checks the heritage once, at the registry's first declaration, which is
// in a skipped .d.ts; the key quietly takes package a's type. TS 7.0.2 reports the conflict at
// every declaration it checks (one place would depend on which declaration it met first), so under
// skipLibCheck it lands on the user's own augmentation, although the user's key conflicts with
// nothing. Without skipLibCheck: TS 6 once (kit-registry.d.ts), TS 7 at all four declarations.
//
// typescript-go#3815 (closed, wontfix), #4678 (closed, working
// as intended), PR #4707 (documents the change). Rust: E0119 at the two impls, whatever the user
// writes.

import type { HttpViewHost, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import type { HostImpls } from "./kit-registry.js";
import "./view-impls.js";
import "./forwarding-impls.js";

// the user's own registration: the http host for the http interface
declare module "./kit-registry.js" {
  interface HostImpls {
    "example:http/outgoing-handler": HttpViewHost;
  }
}

// what the conflicting key resolves to (on both compilers): the first inherited entry, package a's
expectTypeOf<HostImpls["example:sockets/ip-name-lookup"]>().toEqualTypeOf<SocketsViewHost>();
