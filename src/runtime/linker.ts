// Linker<T>: host functions by `interface#function`, instantiated against a guest's imports, as
// `wasmtime::component::Linker<T>`. `instantiate` checks every import's wasm signature against its
// definition and refuses a mismatch with wasmtime's words (`incompatible import type for `m::f``,
// `types incompatible: expected type `...`, found type `...``: crates/wasmtime/src/runtime/instance.rs
// `typecheck` and types/matching.rs; "expected" is the guest's import, "found" the definition, as in
// tests/misc_testsuite/linking-errors.wast). A definition's signature is the one declared (an
// interface's params and results, or funcWrap's `signature`); without one, only its arity is known
// (`fn.length - 1`), and it is checked by that.
//
// A synchronous import gets a wrapper of fixed arity, the import's, generated once per arity (no
// rest arguments on the hot path), that passes the instance's Caller first and turns a throw into a
// Trap; rest and default parameters get every argument the guest passes. An `[async-lower]` import
// and the async ABI's intrinsics are concurrent.ts's.

import { Caller } from "./caller.ts";
import { type AsyncHostFunc, type ConcurrentHostFunc, type LowerableDefinition } from "./concurrent.ts";
import { asyncLowered, type FuncType, formatFuncType, sameFuncType } from "./func-type.ts";
import { Instance, type WasmValue } from "./instance.ts";
import { LinkError } from "./link-error.ts";
import { compileModule, type FuncImport, funcImports } from "./module-types.ts";
import { runAs } from "./ownership.ts";
import type { Store } from "./store.ts";
import { asTrap } from "./trap.ts";

/** A host function: the Caller, then the wasm parameters (i32/f32/f64 as number, i64 as bigint). */
export type HostFunc<T> = (caller: Caller<T>, ...params: never[]) => WasmValue | void;
export type { AsyncHostFunc, ConcurrentHostFunc };

type Definition<T> = LowerableDefinition<T> | { readonly kind: "sync"; readonly fn: HostFunc<T>; readonly signature: undefined };

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

const ASYNC_LOWER = "[async-lower]";
const TASK_RETURN = "[task-return]";
const EXPORT = "[export]";
const ROOT = "$root";

export class LinkerInstance<T> {
  constructor(
    private readonly linker: Linker<T>,
    readonly name: string,
  ) {}

  /**
   * Defines `name` in this interface. With `signature` the guest's import must match it exactly;
   * without, its parameter count must be `fn.length - 1` (so a function with rest or default
   * parameters needs its signature). Defining a name twice is a LinkError unless shadowing is allowed.
   */
  funcWrap(name: string, fn: HostFunc<T>, signature?: FuncType): this {
    this.linker.define(this.name, name, { kind: "sync", fn, signature } as Definition<T>);
    return this;
  }

  /**
   * Defines `name` as an async host function that gets the Caller and may hold it across its awaits
   * (the shape of wasmtime's `func_wrap_async`, though there the guest blocks; here it cannot, so the
   * guest must import it as `[async-lower]name`). Its result is written at the import's result pointer.
   */
  funcWrapAsync(name: string, fn: AsyncHostFunc<T>, signature: FuncType): this {
    this.linker.define(this.name, name, { kind: "async", fn, signature });
    return this;
  }

  /**
   * Defines `name` as a concurrent host function (wasmtime's `func_wrap_concurrent`): it gets an
   * Accessor, which lends it the store only inside `accessor.with`, and the guest imports it as
   * `[async-lower]name`, so several calls may be in flight at once.
   */
  funcWrapConcurrent(name: string, fn: ConcurrentHostFunc<T>, signature: FuncType): this {
    this.linker.define(this.name, name, { kind: "concurrent", fn, signature });
    return this;
  }
}

export class Linker<T> {
  private readonly definitions = new Map<string, Map<string, Definition<T>>>();
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

  /** Used by LinkerInstance's funcWrap, funcWrapAsync and funcWrapConcurrent. */
  define(iface: string, func: string, definition: Definition<T>): void {
    let funcs = this.definitions.get(iface);
    if (funcs === undefined) this.definitions.set(iface, (funcs = new Map()));
    if (funcs.has(func) && !this.shadowing) {
      throw new LinkError(`${iface}#${func} is already defined (call linker.allowShadowing(true) to replace it)`);
    }
    funcs.set(func, definition);
  }

  /**
   * Instantiates a guest: every import it needs must be defined with a matching signature, or one
   * LinkError lists every missing and every incompatible import. The guest is given as bytes or as
   * a module the runtime compiled (`compileModule`, `loadGuest`): a WebAssembly.Module compiled
   * elsewhere carries no import types in Node 20's JS API, so it is refused.
   */
  instantiate(store: Store<T>, module: WebAssembly.Module | Uint8Array): Instance {
    const compiled = module instanceof WebAssembly.Module ? module : compileModule(module);
    const funcs = funcImports(compiled);
    if (funcs === undefined) {
      throw new LinkError(
        "cannot check this module's import types: Node 20's WebAssembly.Module does not expose them; " +
          "pass the module's bytes, or compile it with compileModule",
      );
    }
    const instance = new Instance(new Caller<T>(store) as Caller<unknown>, store);
    const imports: Record<string, Record<string, (...args: never[]) => unknown>> = {};
    const missing: string[] = [];
    const incompatible: string[] = [];
    for (const { module: iface, name, kind } of WebAssembly.Module.imports(compiled)) {
      if (kind !== "function") missing.push(`${iface}#${name} (a ${kind}; only functions can be linked)`);
    }
    const exports = new Set(WebAssembly.Module.exports(compiled).map((e) => e.name));
    for (const funcImport of funcs) {
      const linked = this.link(funcImport, instance, exports);
      if (linked === "missing") missing.push(`${funcImport.module}#${funcImport.name}`);
      else if (typeof linked === "string") incompatible.push(`incompatible import type for \`${funcImport.module}::${funcImport.name}\`: ${linked}`);
      else (imports[funcImport.module] ??= {})[funcImport.name] = linked;
    }
    const problems = [
      ...(missing.length > 0 ? [`the guest imports ${missing.length} undefined function(s): ${missing.join(", ")}`] : []),
      ...incompatible,
    ];
    if (problems.length > 0) throw new LinkError(problems.join("; "));
    let raw: WebAssembly.Instance;
    try {
      raw = runAs(instance.owner, () => new WebAssembly.Instance(compiled, imports as WebAssembly.Imports));
    } catch (error) {
      instance.owner.releaseAll(); // what the start function's host calls pushed: no instance will hold it
      throw asTrap(error, "the guest's start function");
    }
    instance.attach(raw);
    return instance;
  }

  /** The import function for one function import, "missing", or why its type is incompatible. */
  private link({ module, name, type }: FuncImport, instance: Instance, exports: ReadonlySet<string>): ((...args: never[]) => unknown) | string {
    const where = `${module}#${name}`;
    if (module === ROOT) {
      const intrinsic = instance.concurrency.intrinsic(name);
      if (intrinsic === undefined) return "missing";
      return mismatch(type, intrinsic.type) ?? intrinsic.fn;
    }
    if (module.startsWith(EXPORT) && name.startsWith(TASK_RETURN)) {
      const iface = module.slice(EXPORT.length);
      const func = name.slice(TASK_RETURN.length);
      const exported = iface === ROOT ? func : `${iface}#${func}`;
      if (!exports.has(`[async-lift]${exported}`)) return `the guest exports no [async-lift]${exported} for it to return from`;
      if (type.results.length > 0) return `expected type \`${formatFuncType(type)}\`, found task.return, which returns nothing`;
      return instance.concurrency.taskReturn(exported);
    }
    const lowered = name.startsWith(ASYNC_LOWER);
    const definition = this.definitions.get(module)?.get(lowered ? name.slice(ASYNC_LOWER.length) : name);
    if (definition === undefined) return "missing";
    if (lowered) {
      if (definition.signature === undefined) {
        return `expected type \`${formatFuncType(type)}\`, found a host function without a declared signature, which cannot be async-lowered`;
      }
      const [result, ...more] = definition.signature.results;
      if (more.length > 0 || result === "v128" || result === "funcref" || result === "externref") {
        return `found type \`${formatFuncType(definition.signature)}\`, whose results cannot be written to guest memory by an async call`;
      }
      // the instance keeps its Caller<T> as a Caller<unknown>, and calls the definitions of T with it
      const lowerable = definition as LowerableDefinition<T> as LowerableDefinition<unknown>;
      return mismatch(type, asyncLowered(definition.signature)) ?? instance.concurrency.lowered(where, lowerable);
    }
    if (definition.kind !== "sync") {
      return `expected type \`${formatFuncType(type)}\`, found an ${definition.kind} host function, which the guest must import as \`${ASYNC_LOWER}${name}\``;
    }
    const problem =
      definition.signature !== undefined
        ? mismatch(type, definition.signature)
        : arityMismatch(type, Math.max(definition.fn.length - 1, 0));
    return problem ?? wrapperFactory(type.params.length)(definition.fn, instance.caller, (error) => asTrap(error, where));
  }
}

/** wasmtime's words for two function types that differ, or undefined when they are the same. */
function mismatch(expected: FuncType, found: FuncType): string | undefined {
  if (sameFuncType(expected, found)) return undefined;
  return `types incompatible: expected type \`${formatFuncType(expected)}\`, found type \`${formatFuncType(found)}\``;
}

function arityMismatch(expected: FuncType, arity: number): string | undefined {
  if (expected.params.length === arity && expected.results.length <= 1) return undefined;
  return (
    `types incompatible: expected type \`${formatFuncType(expected)}\`, found a host function of ${arity} parameter(s) ` +
    "returning at most one value (no declared signature: its arity is fn.length - 1; " +
    "pass a signature to funcWrap for rest or default parameters)"
  );
}
