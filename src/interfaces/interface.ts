// Interface: what `bindgen!` generates for one WIT interface, described once as data (its name, and
// per function the wasm signature and how a call reaches the Host). `addInterfaceToLinker` is the one
// shared wiring every design calls: a design only decides how to get the Host from the store data.
//
// The ABI, the same for every function: a `result<u32, error-code>` is written at a trailing
// `ret_ptr` as two little-endian u32s (0 = ok then the value, 1 = err then the ErrorCode), and a
// `result<_, error-code>` is returned as one i32 (0 = ok, else the ErrorCode).
//
// An async function (`async: true`, WIT's `async func`) is imported by the guest as
// `[async-lower]name` and its host method returns a Promise. Two wirings reach it:
// - `addInterfaceToLinker` (every design as it is): the getter runs when the call starts, and the
//   host it returned is held across the method's awaits (`funcWrapAsync`);
// - `addInterfaceToLinkerConcurrent`: wasmtime 36's concurrent bindgen
//   (crates/component-macro/tests/expanded/simple-functions_concurrent.rs at v36.0.0 and v40.0.0). The
//   interface's async functions come from a `HostWithStore` value, each taking an `Accessor<T, V>` whose
//   `with` lends `getter(data)` for one synchronous callback at a time (`funcWrapConcurrent`, and
//   bindgen's `caller.with_data(host_getter)`, `with_getter` from v40); the synchronous functions reach
//   the Host through the same getter (wasmtime's `D::Data<'_>: Host`).

import type { Accessor } from "../runtime/accessor.ts";
import type { Caller } from "../runtime/caller.ts";
import type { FuncType } from "../runtime/func-type.ts";
import type { Linker } from "../runtime/linker.ts";
import { errorCodeOf } from "./error-code.ts";

export type WasmType = "i32" | "i64" | "f32" | "f64";

/** How a Host is reached from the store data: the part every accessor design decides. */
export type HostAccess<T, H> = (data: T) => H;

/**
 * An interface's `HostWithStore` as a type-level function of the view V its accessor lends (Rust's
 * `Accessor<T, Self>` with `Self::Data<'_>` = V): `functions` names the HostWithStore over `this["view"]`.
 */
export interface HostWithStoreKind {
  readonly view: unknown;
  readonly functions: unknown;
}

/** The HostWithStore of kind S over the view V. */
export type HostWithStoreOf<S extends HostWithStoreKind, V> = (S & { readonly view: V })["functions"];

/** The kind of an interface with no async functions: its HostWithStore is empty. */
export interface NoAsyncFunctions extends HostWithStoreKind {
  readonly functions: Record<never, never>;
}

interface FunctionSignature {
  readonly name: string;
  readonly params: readonly WasmType[];
  readonly results: readonly WasmType[];
}

export interface SyncInterfaceFunction<H> extends FunctionSignature {
  readonly async?: false;
  /** The host function for `funcWrap`, reaching the Host through `host`. */
  bind<T>(host: HostAccess<T, H>): (caller: Caller<T>, ...params: number[]) => number | void;
}

export interface AsyncInterfaceFunction<H, S extends HostWithStoreKind> extends FunctionSignature {
  readonly async: true;
  /** The host function for `funcWrapAsync`: `host` is called as the call starts, its Host held across the awaits. */
  bind<T>(host: HostAccess<T, H>): (caller: Caller<T>, ...params: number[]) => Promise<number | void>;
  /** The host function for `funcWrapConcurrent`: `hostWithStore`'s function, given an accessor lending `getter(data)`. */
  bindConcurrent<T, V>(
    hostWithStore: HostWithStoreOf<S, V>,
    getter: HostAccess<T, V>,
  ): (accessor: Accessor<T>, ...params: number[]) => Promise<number | void>;
}

export type InterfaceFunction<H, S extends HostWithStoreKind = NoAsyncFunctions> = SyncInterfaceFunction<H> | AsyncInterfaceFunction<H, S>;

export interface Interface<H, S extends HostWithStoreKind = NoAsyncFunctions> {
  /** The WIT interface name, also the wasm import module name. */
  readonly name: string;
  readonly functions: readonly InterfaceFunction<H, S>[];
}

/** Defines every function of `iface` in `linker`, each reaching its Host through `host`. */
export function addInterfaceToLinker<T, H, S extends HostWithStoreKind>(linker: Linker<T>, iface: Interface<H, S>, host: HostAccess<T, H>): void {
  const instance = linker.instance(iface.name);
  for (const func of iface.functions) {
    if (func.async) instance.funcWrapAsync(func.name, func.bind(host), signatureOf(func));
    else instance.funcWrap(func.name, func.bind(host), signatureOf(func));
  }
}

/**
 * Defines every function of `iface` in `linker` as wasmtime 36's concurrent bindings do: the
 * synchronous ones reach the Host through `getter`, the async ones are `hostWithStore`'s, given an
 * Accessor whose `with` lends `getter(data)` (bindgen's `caller.with_getter(host_getter)`).
 * V defaults to `never`: TypeScript checks `hostWithStore` once before it reads an unannotated
 * getter, and a HostWithStore over `never` accepts any (its functions take the view as input).
 */
export function addInterfaceToLinkerConcurrent<T, H, S extends HostWithStoreKind, V extends H = never>(
  linker: Linker<T>,
  iface: Interface<H, S>,
  getter: HostAccess<T, V>,
  hostWithStore: HostWithStoreOf<S, V>,
): void;
/**
 * The same where the view is not itself a Host: `hostOf` makes the Host of a view for the
 * synchronous functions (a library's `impl Host for View`, which TypeScript is told as a value).
 */
export function addInterfaceToLinkerConcurrent<T, H, S extends HostWithStoreKind, V>(
  linker: Linker<T>,
  iface: Interface<H, S>,
  getter: HostAccess<T, V>,
  hostWithStore: HostWithStoreOf<S, V>,
  hostOf: (view: V) => H,
): void;
export function addInterfaceToLinkerConcurrent<T, H, S extends HostWithStoreKind, V>(
  linker: Linker<T>,
  iface: Interface<H, S>,
  getter: HostAccess<T, V>,
  hostWithStore: HostWithStoreOf<S, V>,
  hostOf: (view: V) => H = (view) => view as unknown as H,
): void {
  const instance = linker.instance(iface.name);
  for (const func of iface.functions) {
    if (func.async) instance.funcWrapConcurrent(func.name, func.bindConcurrent(hostWithStore, getter), signatureOf(func));
    else instance.funcWrap(func.name, func.bind((data) => hostOf(getter(data))), signatureOf(func));
  }
}

function signatureOf({ params, results }: FunctionSignature): FuncType {
  return { params, results };
}

/** What a host method whose WIT result is `result<u32, error-code>` came to: ok and its value, or err and its code. */
export type Outcome = readonly [tag: 0 | 1, payload: number];

/** Runs a host method whose WIT result is `result<u32, error-code>`, writing it at `retPtr`. */
export function returnValue<T>(caller: Caller<T>, retPtr: number, call: () => number): void {
  let value: number;
  try {
    value = call();
  } catch (error) {
    caller.writeU32Pair(retPtr, 1, codeOrRethrow(error));
    return;
  }
  caller.writeU32Pair(retPtr, 0, value);
}

/** Awaits an async host method whose WIT result is `result<u32, error-code>`; write its Outcome with `writeOutcome`. */
export async function settle(call: () => Promise<number>): Promise<Outcome> {
  try {
    return [0, await call()];
  } catch (error) {
    return [1, codeOrRethrow(error)];
  }
}

export function writeOutcome<T>(caller: Caller<T>, retPtr: number, [tag, payload]: Outcome): void {
  caller.writeU32Pair(retPtr, tag, payload);
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
