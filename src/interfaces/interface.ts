// Interface: what `bindgen!` generates for one WIT interface, described once as data (its name, and
// per function the wasm signature and how a call reaches the Host). `addInterfaceToLinker` is the one
// shared wiring every design calls: a design only decides how to get the Host from the store data.
//
// The ABI, the same for every function: a `result<u32, error-code>` is written at a trailing
// `ret_ptr` as two little-endian u32s (0 = ok then the value, 1 = err then the ErrorCode), and a
// `result<_, error-code>` is returned as one i32 (0 = ok, else the ErrorCode).

import type { Caller } from "../runtime/caller.ts";
import type { Linker } from "../runtime/linker.ts";
import { errorCodeOf } from "./error-code.ts";

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
export function addInterfaceToLinker<T, H>(linker: Linker<T>, iface: Interface<H>, host: HostAccess<T, H>): void {
  const instance = linker.instance(iface.name);
  for (const func of iface.functions) instance.funcWrap(func.name, func.bind(host));
}

/** Runs a host method whose WIT result is `result<u32, error-code>`, writing it at `retPtr`. */
export function returnValue<T>(caller: Caller<T>, retPtr: number, call: () => number): void {
  let value: number;
  try {
    value = call();
  } catch (error) {
    caller.writeU32(retPtr, 1);
    caller.writeU32(retPtr + 4, codeOrRethrow(error));
    return;
  }
  caller.writeU32(retPtr, 0);
  caller.writeU32(retPtr + 4, value);
}

/** Runs a host method whose WIT result is `result<_, error-code>`, returning 0 or the error code. */
export function returnStatus(call: () => void): number {
  try {
    call();
    return 0;
  } catch (error) {
    return codeOrRethrow(error);
  }
}

function codeOrRethrow(error: unknown): number {
  const code = errorCodeOf(error);
  if (code === undefined) throw error;
  return code;
}
