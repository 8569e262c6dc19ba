/** One impl as coherence sees it: its header, as rustc prints it, and every type it could apply to. */
export interface Impl<Header extends string = string, Covers = unknown> {
    readonly header: Header;
    readonly covers: Covers;
}
/**
 * Whether some type is covered by both impls: their covered types intersect. Like rustc's check it is
 * conservative: two object types intersect unless a property's types are disjoint.
 */
export type Overlaps<A extends Impl, B extends Impl> = [A["covers"] & B["covers"]] extends [never] ? false : true;
/** E0119's counterpart: the error type a coherence check resolves to, naming both impls. */
export interface ConflictingImplementations<First extends string, Second extends string> {
    readonly "error[E0119]: conflicting implementations of one trait": readonly [First, Second];
}
/** `Ok` when `A` and `B` apply to no common type, otherwise the conflict naming both. */
export type CheckCoherence<A extends Impl, B extends Impl, Ok> = Overlaps<A, B> extends true ? ConflictingImplementations<A["header"], B["header"]> : Ok;
