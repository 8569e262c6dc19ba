// Accessor<T, V>: what a concurrent host function (`funcWrapConcurrent`) gets instead of a Caller, as
// wasmtime's `Accessor<T, D>` (crates/wasmtime/src/runtime/component/concurrent.rs, v36 on). It holds
// no store data: `accessor.with(access => ...)` lends the data for the duration of a synchronous
// callback, so no view of the store is held across an `await`. `withGetter` makes an accessor whose
// `access.get()` is a view of the data (wasmtime's `with_getter`, `with_data` in v36), which is how
// bindgen hands `Accessor<T, D>` to a `HostWithStore` function.
//
// What the runtime refuses, each an AccessorError:
// - "ended": `with` after the host call the accessor was made for has settled;
// - "nested": `with` inside another `with` (wasmtime panics: its store is lent to one closure at a time);
// - "revoked": the Access, or the data, view or caller it lent, used after its `with` returned. What is
//   taken out of them (a field's value, a method's result) is the host's to keep, as a clone is in Rust.

import type { Caller } from "./caller.ts";
import { type Owner, runAs } from "./ownership.ts";

export type AccessorErrorKind = "ended" | "nested" | "revoked";

export class AccessorError extends Error {
  override readonly name = "AccessorError";
  constructor(
    readonly kind: AccessorErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** One host call an accessor is made for: its store, the calling instance's Caller, and whether it has settled. */
export interface AccessorScope<T> {
  readonly where: string;
  readonly caller: Caller<T>;
  readonly owner: Owner;
  /** Lends the store data for one `with` (Store.lend); returns what ends the loan. */
  readonly lend: () => () => void;
  ended: boolean;
}

let lending = false;

export class Accessor<T, V = T> {
  /** Made by the runtime for each concurrent host call; `getter` projects the store data. */
  constructor(
    private readonly scope: AccessorScope<T>,
    private readonly getter: (data: T) => V,
  ) {}

  /** Runs `use` with the store lent to it; what `use` returns is the host's (wasmtime's `Accessor::with`). */
  with<R>(use: (access: Access<T, V>) => R): R {
    if (this.scope.ended) {
      throw new AccessorError("ended", `the accessor of ${this.scope.where} was used after that call ended`);
    }
    if (lending) throw new AccessorError("nested", `accessor.with called inside another accessor.with (in ${this.scope.where})`);
    const access = new Access(this.scope, this.getter);
    lending = true;
    const endLoan = this.scope.lend();
    try {
      return runAs(this.scope.owner, () => use(access));
    } finally {
      endLoan();
      lending = false;
      access.revoke();
    }
  }

  /** The same accessor, its `access.get()` returning `getter(data)` (wasmtime's `with_getter`). */
  withGetter<W>(getter: (data: T) => W): Accessor<T, W> {
    return new Accessor(this.scope, getter);
  }
}

/** What `with` lends: wasmtime's `Access<'_, T, D>`. Every use after `with` returned is refused. */
export class Access<T, V = T> {
  #live = true;

  constructor(
    private readonly scope: AccessorScope<T>,
    private readonly getter: (data: T) => V,
  ) {}

  /** The store data (wasmtime's `Access::data_mut`). */
  get data(): T {
    return this.lend(this.scope.caller.data, "data");
  }

  /** The accessor's view of the store data (wasmtime's `Access::get`, `D::Data<'_>`). */
  get(): V {
    return this.lend(this.getter(this.scope.caller.data), "get()");
  }

  /** The calling instance's Caller, to read or write guest memory. */
  get caller(): Caller<T> {
    return this.lend(this.scope.caller, "caller");
  }

  revoke(): void {
    this.#live = false;
  }

  private check(what: string): void {
    if (!this.#live) {
      throw new AccessorError("revoked", `access.${what} (of ${this.scope.where}) used after its accessor.with returned`);
    }
  }

  /** `value`, behind a proxy that refuses every use once this Access is revoked. */
  private lend<U>(value: U, what: string): U {
    this.check(what);
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
    const check = () => this.check(what);
    return new Proxy(value as U & object, {
      get(target, key) {
        check();
        const member: unknown = Reflect.get(target, key, target);
        if (typeof member !== "function") return member;
        const own = Reflect.getOwnPropertyDescriptor(target, key);
        // a proxy must return a frozen own property as it is; any other method runs on the target itself
        return own !== undefined && !own.configurable && !own.writable ? member : member.bind(target);
      },
      set: (target, key, member) => (check(), Reflect.set(target, key, member, target)),
      has: (target, key) => (check(), Reflect.has(target, key)),
      ownKeys: (target) => (check(), Reflect.ownKeys(target)),
      getOwnPropertyDescriptor: (target, key) => (check(), Reflect.getOwnPropertyDescriptor(target, key)),
      defineProperty: (target, key, descriptor) => (check(), Reflect.defineProperty(target, key, descriptor)),
      deleteProperty: (target, key) => (check(), Reflect.deleteProperty(target, key)),
      apply: (target, self, args) => (check(), Reflect.apply(target as (...args: unknown[]) => unknown, self, args)),
    });
  }
}
