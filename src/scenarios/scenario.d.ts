import { Linker } from "../runtime/linker.ts";
import type { ResourceTable } from "../runtime/resource-table.ts";
import { Store } from "../runtime/store.ts";
/** What a compiling cell's `link()` returns: both interfaces linked, and the table their hosts share. */
export interface Linked<T> {
    readonly linker: Linker<T>;
    readonly store: Store<T>;
    readonly table: ResourceTable;
}
/**
 * The part of a compiling cell's `link()` that is the same in every design: a Linker over the store
 * data's type, the Store, and the result. `addBoth` is the cell's own part, the design's two
 * addToLinker calls; `table` is the ResourceTable the two hosts share.
 */
export declare function linkBoth<T>(data: T, table: ResourceTable, addBoth: (linker: Linker<T>) => void): Linked<T>;
export interface Scenario {
    readonly id: string;
    /** The user's intent, in their words. */
    readonly intent: string;
    /** The wasmtime issue or PR, and the rustc situation, this scenario comes from. */
    readonly origin: string;
    /**
     * The scenario whose TypeScript attempt this one shares, where the two differ only in Rust (a
     * boxed closure and a `fn` pointer are the same function type to TypeScript).
     */
    readonly tsAttempt?: string;
    /** Throws an Error saying what went wrong when the linked guest does not behave. */
    check(linked: Linked<unknown>): Promise<void>;
}
export declare class ScenarioCheckError extends Error {
    readonly name = "ScenarioCheckError";
}
/**
 * The check every scenario starts with: the guest resolves a name through sockets, hands the stream
 * to http (so both hosts must reach the one table), reads status 200, drops both resources, and the
 * table ends empty. `rounds` runs it several times on one instance.
 */
export declare function fetchThroughBothInterfaces(linked: Linked<unknown>, rounds?: number): Promise<void>;
/** A stream minted by sockets is seen by http, and a stream used after its drop is an error result. */
export declare function streamCrossesInterfaces(linked: Linked<unknown>): Promise<void>;
