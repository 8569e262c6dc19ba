import type { Caller } from "../runtime/caller.ts";
import type { Linker } from "../runtime/linker.ts";
export type WasmType = "i32" | "i64" | "f32" | "f64";
/** How a Host is reached from the store data: the part every accessor design decides. */
export type HostAccess<T, H> = (data: T) => H;
export interface InterfaceFunction<H> {
    readonly name: string;
    readonly params: readonly WasmType[];
    readonly results: readonly WasmType[];
    /** The host function for `funcWrap`, reaching the Host through `host`. */
    bind<T>(host: HostAccess<T, H>): (caller: Caller<T>, ...params: number[]) => number | void;
}
export interface Interface<H> {
    /** The WIT interface name, also the wasm import module name. */
    readonly name: string;
    readonly functions: readonly InterfaceFunction<H>[];
}
/** Defines every function of `iface` in `linker`, each reaching its Host through `host`. */
export declare function addInterfaceToLinker<T, H>(linker: Linker<T>, iface: Interface<H>, host: HostAccess<T, H>): void;
/** Runs a host method whose WIT result is `result<u32, error-code>`, writing it at `retPtr`. */
export declare function returnValue<T>(caller: Caller<T>, retPtr: number, call: () => number): void;
/** Runs a host method whose WIT result is `result<_, error-code>`, returning 0 or the error code. */
export declare function returnStatus(call: () => void): number;
