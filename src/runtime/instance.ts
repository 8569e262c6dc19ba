// Instance: an instantiated guest. Every way to call it (`call`, `func`, `exports`, `callAsync`) goes
// through one guard, so anything escaping a call becomes a Trap, and after the first trap the instance
// is poisoned (as wasmtime's instances are): later calls fail with a Trap of kind "poisoned", the
// resources it held are released (ownership.ts), and the store stays usable for new instances.

import type { Caller } from "./caller.ts";
import { Concurrency, GuestTask } from "./concurrent.ts";
import { LinkError } from "./link-error.ts";
import { Owner, runAs } from "./ownership.ts";
import type { Store } from "./store.ts";
import { asTrap, Trap } from "./trap.ts";

export type WasmValue = number | bigint;
export type GuestFunc = (...args: WasmValue[]) => WasmValue | undefined;

export class Instance {
  /** The resources pushed during calls into this instance and not deleted since. */
  readonly owner = new Owner();
  readonly concurrency: Concurrency<unknown>;
  private poisonedBy: Trap | undefined;
  private raw: WebAssembly.Instance | undefined;
  private guarded: Record<string, WebAssembly.ExportValue> = {};

  /** Made by `Linker.instantiate`, which then `attach`es the WebAssembly instance its imports were made for. */
  constructor(
    readonly caller: Caller<unknown>,
    /** The store the instance lives in (its data is `caller.data`). */
    readonly store: Store<unknown>,
  ) {
    this.concurrency = new Concurrency(this);
  }

  attach(raw: WebAssembly.Instance): void {
    this.raw = raw;
    const memory = raw.exports["memory"];
    this.caller.memory = memory instanceof WebAssembly.Memory ? memory : undefined;
    this.guarded = Object.fromEntries(
      Object.entries(raw.exports).map(([name, value]) => [name, typeof value === "function" ? this.guard(name, value as GuestFunc) : value]),
    );
  }

  get memory(): WebAssembly.Memory | undefined {
    return this.caller.memory;
  }

  /** The exported function `name`; an unknown name is a LinkError listing what is exported. */
  func(name: string): GuestFunc {
    const func = this.guarded[name];
    if (typeof func !== "function") {
      const funcs = Object.keys(this.guarded).filter((key) => typeof this.guarded[key] === "function");
      throw new LinkError(`the guest exports no function "${name}" (exports: ${funcs.join(", ")})`);
    }
    return func as GuestFunc;
  }

  /** Calls the exported function `name` with wasm arguments. */
  call(name: string, ...args: WasmValue[]): WasmValue | undefined {
    return this.func(name)(...args);
  }

  /**
   * Calls `name` as an async export (`[async-lift]name` and its callback, concurrent.ts), running
   * the guest's event loop until it exits; resolves with what it passed to `[task-return]name`.
   * A guest exporting `name` only synchronously is called as `call` would.
   */
  async callAsync(name: string, ...args: WasmValue[]): Promise<WasmValue | WasmValue[] | undefined> {
    const lift = this.rawFunc(`[async-lift]${name}`);
    if (lift === undefined) return this.call(name, ...args);
    const callback = this.rawFunc(`[callback][async-lift]${name}`);
    if (callback === undefined) throw new LinkError(`the guest exports [async-lift]${name} but no [callback][async-lift]${name}`);
    const task = new GuestTask(name);
    let code = this.enter(name, task, () => lift(...args));
    for (;;) {
      const event = await this.concurrency.next(task, Number(code));
      if (event === undefined) return task.result();
      code = this.enter(name, task, () => callback(event.code, event.handle, event.status));
    }
  }

  get poisoned(): boolean {
    return this.poisonedBy !== undefined;
  }

  /** The exports, each function guarded as `func(name)` is (memory, tables and globals as they are). */
  get exports(): WebAssembly.Exports {
    return this.guarded;
  }

  /** The raw WebAssembly exports: no Trap, no poisoning, no resource release. For baselines only. */
  get unguardedExports(): WebAssembly.Exports {
    return this.raw?.exports ?? {};
  }

  /** Poisons the instance with `trap` (the first one stays) and releases what it held. */
  poison(trap: Trap): Trap {
    if (this.poisonedBy === undefined) {
      this.poisonedBy = trap;
      this.owner.releaseAll();
      this.concurrency.poisoned(trap);
    }
    return this.poisonedBy;
  }

  private rawFunc(name: string): GuestFunc | undefined {
    const func = this.raw?.exports[name];
    return typeof func === "function" ? (func as GuestFunc) : undefined;
  }

  private guard(name: string, func: GuestFunc): GuestFunc {
    return (...args) => this.enter(name, undefined, () => func(...args));
  }

  /** Runs guest code of `task` (or of a synchronous call): the one place a call into the guest starts. */
  private enter<R>(name: string, task: GuestTask | undefined, run: () => R): R {
    if (this.poisonedBy !== undefined) {
      throw new Trap("poisoned", `cannot call "${name}": the instance trapped earlier (${this.poisonedBy.message})`, {
        cause: this.poisonedBy,
      });
    }
    const outer = this.concurrency.current;
    this.concurrency.current = task;
    try {
      return runAs(this.owner, run);
    } catch (error) {
      throw this.poison(asTrap(error, `"${name}"`));
    } finally {
      this.concurrency.current = outer;
    }
  }
}
