// Linker<T>: host functions by `interface#function`, instantiated against a guest's imports, as
// `wasmtime::component::Linker<T>`. Each definition gets a fixed-arity wrapper per instance (no rest
// arguments on the hot path) that passes the instance's Caller first and turns a throw into a Trap.

import { Caller } from "./caller.ts";
import { Instance, type WasmValue } from "./instance.ts";
import { LinkError } from "./link-error.ts";
import type { Store } from "./store.ts";
import { asTrap } from "./trap.ts";

/** A host function: the Caller, then the wasm parameters (i32/f32/f64 as number, i64 as bigint). */
export type HostFunc<T> = (caller: Caller<T>, ...params: never[]) => WasmValue | void;

/** The host function `(caller, ...params) => result` seen from wasm as `(...params) => result`. */
type Wrapper = (...params: WasmValue[]) => WasmValue | void;
type WrapperFactory = (fn: unknown, caller: unknown, trap: (error: unknown) => Error) => Wrapper;

const factories = new Map<number, WrapperFactory>();

/** One factory per arity, so V8 sees a plain call with a fixed argument count. */
function wrapperFactory(arity: number): WrapperFactory {
  let factory = factories.get(arity);
  if (factory === undefined) {
    const params = Array.from({ length: arity }, (_, i) => `p${i}`);
    const args = ["caller", ...params].join(", ");
    factory = new Function(
      "fn",
      "caller",
      "trap",
      `return function (${params.join(", ")}) { try { return fn(${args}); } catch (error) { throw trap(error); } };`,
    ) as WrapperFactory;
    factories.set(arity, factory);
  }
  return factory;
}

export class LinkerInstance<T> {
  constructor(
    private readonly linker: Linker<T>,
    readonly name: string,
  ) {}

  /** Defines `name` in this interface. Defining it twice is a LinkError unless shadowing is allowed. */
  funcWrap(name: string, fn: HostFunc<T>): this {
    this.linker.define(this.name, name, fn);
    return this;
  }
}

export class Linker<T> {
  private readonly definitions = new Map<string, Map<string, HostFunc<T>>>();
  private shadowing = false;

  allowShadowing(allow: boolean): this {
    this.shadowing = allow;
    return this;
  }

  instance(name: string): LinkerInstance<T> {
    return new LinkerInstance(this, name);
  }

  /** Whether `interface#function` is defined. */
  has(iface: string, func: string): boolean {
    return this.definitions.get(iface)?.has(func) ?? false;
  }

  /** Used by LinkerInstance.funcWrap. */
  define(iface: string, func: string, fn: HostFunc<T>): void {
    let funcs = this.definitions.get(iface);
    if (funcs === undefined) this.definitions.set(iface, (funcs = new Map()));
    if (funcs.has(func) && !this.shadowing) {
      throw new LinkError(`${iface}#${func} is already defined (call linker.allowShadowing(true) to replace it)`);
    }
    funcs.set(func, fn);
  }

  /** Instantiates a guest; every import it needs must be defined, or one LinkError lists them all. */
  instantiate(store: Store<T>, module: WebAssembly.Module | Uint8Array): Instance {
    const compiled = module instanceof WebAssembly.Module ? module : compile(module);
    const caller = new Caller<T>(store);
    const imports: Record<string, Record<string, Wrapper>> = {};
    const missing: string[] = [];
    for (const { module: iface, name, kind } of WebAssembly.Module.imports(compiled)) {
      const fn = this.definitions.get(iface)?.get(name);
      if (kind !== "function" || fn === undefined) {
        missing.push(kind === "function" ? `${iface}#${name}` : `${iface}#${name} (a ${kind}; only functions can be linked)`);
        continue;
      }
      const where = `${iface}#${name}`;
      (imports[iface] ??= {})[name] = wrapperFactory(Math.max(fn.length - 1, 0))(fn, caller, (error) => asTrap(error, where));
    }
    if (missing.length > 0) {
      throw new LinkError(`the guest imports ${missing.length} undefined function(s): ${missing.join(", ")}`);
    }
    let raw: WebAssembly.Instance;
    try {
      raw = new WebAssembly.Instance(compiled, imports as WebAssembly.Imports);
    } catch (error) {
      throw asTrap(error, "the guest's start function");
    }
    const memory = raw.exports["memory"];
    caller.memory = memory instanceof WebAssembly.Memory ? memory : undefined;
    return new Instance(raw, caller.memory);
  }
}

function compile(bytes: Uint8Array): WebAssembly.Module {
  try {
    return new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  } catch (error) {
    throw new LinkError(`not a valid WebAssembly module: ${error instanceof Error ? error.message : String(error)}`);
  }
}
