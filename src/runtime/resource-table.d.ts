/** A class a resource value is an instance of; `get` checks it, as wasmtime downcasts by TypeId. */
export type ResourceType<V> = abstract new (...args: never[]) => V;
export type ResourceTableErrorKind = "not-present" | "wrong-type" | "has-children" | "full";
export declare class ResourceTableError extends Error {
    readonly kind: ResourceTableErrorKind;
    readonly name = "ResourceTableError";
    constructor(kind: ResourceTableErrorKind, message: string);
}
/** A typed handle to a value of type V in a ResourceTable. */
export declare class Resource<V> {
    /** The u32 that crosses into the guest. */
    readonly rep: number;
    /** The class the value must be an instance of, checked by `ResourceTable.get`. */
    readonly type: ResourceType<V>;
    /** Phantom: keeps `Resource<A>` and `Resource<B>` apart at the type level. */
    private readonly value;
    private constructor();
    /** A handle received from the guest. It is only a claim: the table checks it on every use. */
    static fromRep<V>(rep: number, type: ResourceType<V>): Resource<V>;
}
export declare class ResourceTable {
    private readonly capacity;
    private readonly slots;
    private readonly free;
    private retired;
    /** `capacity` bounds the number of slots (at most 65,536, the width of a rep's slot field). */
    constructor(capacity?: number);
    /** The number of live resources. */
    get size(): number;
    push<V extends object>(value: V): Resource<V>;
    pushChild<V extends object>(value: V, parent: Resource<unknown>): Resource<V>;
    get<V>(handle: Resource<V>): V;
    /** Removes the resource and returns it; a resource with live children cannot be deleted. */
    delete<V>(handle: Resource<V>): V;
    /** Handles to the live children of `parent`, in insertion order. */
    children(parent: Resource<unknown>): Resource<object>[];
    private insert;
    /** The slot index of a live handle, or a `not-present` error for a forged or stale one. */
    private locate;
}
