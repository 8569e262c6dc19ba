// Instance: an instantiated guest. Its exports are wrapped so that anything escaping a call becomes a
// Trap, and after the first trap the instance is poisoned (as wasmtime's instances are): later calls
// fail with a Trap of kind "poisoned", while the store stays usable for new instances.

import { LinkError } from "./link-error.ts";
import { asTrap, Trap } from "./trap.ts";

export type WasmValue = number | bigint;
export type GuestFunc = (...args: WasmValue[]) => WasmValue | undefined;

export class Instance {
  private poisonedBy: Trap | undefined;
  private readonly funcs = new Map<string, GuestFunc>();

  constructor(
    private readonly raw: WebAssembly.Instance,
    readonly memory: WebAssembly.Memory | undefined,
  ) {
    for (const [name, value] of Object.entries(raw.exports)) {
      if (typeof value === "function") this.funcs.set(name, this.guard(name, value as GuestFunc));
    }
  }

  /** The exported function `name`; an unknown name is a LinkError listing what is exported. */
  func(name: string): GuestFunc {
    const func = this.funcs.get(name);
    if (func === undefined) {
      throw new LinkError(`the guest exports no function "${name}" (exports: ${[...this.funcs.keys()].join(", ")})`);
    }
    return func;
  }

  /** Calls the exported function `name` with wasm arguments. */
  call(name: string, ...args: WasmValue[]): WasmValue | undefined {
    return this.func(name)(...args);
  }

  get poisoned(): boolean {
    return this.poisonedBy !== undefined;
  }

  /** The raw WebAssembly exports, for baselines that bypass the kit (benchmarks). */
  get exports(): WebAssembly.Exports {
    return this.raw.exports;
  }

  private guard(name: string, func: GuestFunc): GuestFunc {
    return (...args) => {
      if (this.poisonedBy !== undefined) {
        throw new Trap("poisoned", `cannot call "${name}": the instance trapped earlier (${this.poisonedBy.message})`, {
          cause: this.poisonedBy,
        });
      }
      try {
        return func(...args);
      } catch (error) {
        this.poisonedBy = asTrap(error, `"${name}"`);
        throw this.poisonedBy;
      }
    };
  }
}
