// finding: overlap-first-match
// expect: compiles
// rust: error E0119
//
// Two generic "impls" of the sockets Host overlap: the view impl (any SocketsView gets a
// SocketsViewHost, wasmtime-wasi's `impl<T: WasiView> Host for T`) and the forwarding impl (a value
// that already is a Host is used as is, bindgen's `impl<T: Host> Host for &mut T`). Store data that
// is both a view and a Host (as in rylev/dyna#2) matches both.
//
// Rust rejects the pair at the impls, before any use: E0119 "conflicting implementations" (wasmtime
// #8382). TypeScript has no impl selection to reject: written as overloads or as a conditional
// type, the first matching branch is taken silently, and swapping the two declarations swaps the
// Host the same call gets (the handbook's "TypeScript chooses the first matching overload").
// Only a library-level detector turns the overlap into an error: the kit's
// `CheckCoherence` (src/coherence/overlap.ts).

import type { IpNameLookupHost, KitData, SocketsView, SocketsViewHost } from "accessor-kit";
import { expectTypeOf } from "expect-type";

/** Store data that is a SocketsView and, through a user's own methods, an IpNameLookupHost. */
type ResolvingData = KitData & IpNameLookupHost;
declare const data: ResolvingData;

// the impls as overloads, view impl first ...
declare function hostFor<T extends SocketsView>(data: T): SocketsViewHost;
declare function hostFor<T extends IpNameLookupHost>(data: T): T;
// ... and the same two impls, declared the other way round
declare function hostForwardingFirst<T extends IpNameLookupHost>(data: T): T;
declare function hostForwardingFirst<T extends SocketsView>(data: T): SocketsViewHost;

expectTypeOf(hostFor(data)).toEqualTypeOf<SocketsViewHost>();
expectTypeOf(hostForwardingFirst(data)).toEqualTypeOf<ResolvingData>();

// the impls as a conditional type: again the first branch that matches decides
type HostOf<T> = T extends SocketsView ? SocketsViewHost : T extends IpNameLookupHost ? T : never;
type HostOfForwardingFirst<T> = T extends IpNameLookupHost ? T : T extends SocketsView ? SocketsViewHost : never;

expectTypeOf<HostOf<ResolvingData>>().toEqualTypeOf<SocketsViewHost>();
expectTypeOf<HostOfForwardingFirst<ResolvingData>>().toEqualTypeOf<ResolvingData>();
