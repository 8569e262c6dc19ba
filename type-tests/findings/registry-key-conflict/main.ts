// finding: registry-key-conflict
// expect: error TS2717 at 33 "Subsequent property declarations must have the same type"
// rust: error E0119
//
// Two packages register a Host for the same concrete key. Package a (sockets-pkg.ts) registers
// the kit's view hosts; this file, package b, registers the http host again (the identical type)
// and its own resolver for the sockets interface (a different type).
//
// TypeScript: a property declared twice in a merged interface must have the identical type, so the
// later, differing declaration is TS2717, reported program-wide at the declaration site whether or
// not anything uses the key. The identical re-declaration is accepted, and the key keeps package
// a's type. The related .d.ts hazard is
// microsoft/TypeScript#47258 (see the skiplibcheck-* findings).
//
// Rust: `impl ip_name_lookup::Host for KitData` in two places is E0119 ("conflicting
// implementations"), and so is a second impl that is token-for-token identical: Rust rejects the
// duplicate http impl too, TypeScript only the differing one. The key is a string name, not an
// impl pattern: nothing here can overlap the way `impl<T: WasiView> Host for T` and
// `impl Host for &mut T` do (see overlap-first-match).

import type { HttpViewHost, IpNameLookupHost, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import type { RegisteredHost } from "../host-registry.lib.ts";
import "./sockets-pkg.ts";

/** Package b's resolver: answers from a fixed list instead of the store's SocketsCtx. */
interface FixedListResolver extends IpNameLookupHost {
  readonly names: ReadonlyMap<string, number>;
}

declare module "../host-registry.lib.ts" {
  interface HostImpls {
    "example:sockets/ip-name-lookup": FixedListResolver;
    "example:http/outgoing-handler": HttpViewHost;
  }
}

// after the conflict, the key still names package a's host
expectTypeOf<RegisteredHost<"example:sockets/ip-name-lookup">>().toEqualTypeOf<SocketsViewHost>();
