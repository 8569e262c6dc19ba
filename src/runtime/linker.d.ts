import { Caller } from "./caller.ts";
import { Instance, type WasmValue } from "./instance.ts";
import type { Store } from "./store.ts";
/** A host function: the Caller, then the wasm parameters (i32/f32/f64 as number, i64 as bigint). */
export type HostFunc<T> = (caller: Caller<T>, ...params: never[]) => WasmValue | void;
export declare class LinkerInstance<T> {
    private readonly linker;
    readonly name: string;
    constructor(linker: Linker<T>, name: string);
    /** Defines `name` in this interface. Defining it twice is a LinkError unless shadowing is allowed. */
    funcWrap(name: string, fn: HostFunc<T>): this;
}
export declare class Linker<T> {
    private readonly definitions;
    private shadowing;
    allowShadowing(allow: boolean): this;
    instance(name: string): LinkerInstance<T>;
    /** Whether `interface#function` is defined. */
    has(iface: string, func: string): boolean;
    /** Used by LinkerInstance.funcWrap. */
    define(iface: string, func: string, fn: HostFunc<T>): void;
    /** Instantiates a guest; every import it needs must be defined, or one LinkError lists them all. */
    instantiate(store: Store<T>, module: WebAssembly.Module | Uint8Array): Instance;
}
