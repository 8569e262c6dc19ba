// Concurrency: the component model's async ABI on one instance, stackless (the "callback" form: no
// JSPI, no fibers), as wasmtime runs it (crates/wasmtime/src/runtime/component/concurrent.rs at v36
// and v40; the guest side as in crates/test-programs/src/async_.rs and
// v40.0.0:crates/test-programs/src/bin/async_cancel_caller.rs).
//
// Guest to host: an import named `[async-lower]f` calls the host function `f` without waiting for it.
// Its parameters are f's, then (when f has a result) a pointer the result is written at; it returns
// `handle << 4 | status`: RETURNED (2) with no handle when f finished at once, STARTED (1) with a
// subtask handle when f returned a promise. As wasmtime's `validate_inbounds` does, the result
// pointer is checked (aligned, in bounds) before f runs.
// Host to guest: `Instance.callAsync(name)` calls the export `[async-lift]name`, which returns a
// callback code: EXIT (0), YIELD (1), WAIT (2 | set << 4) or POLL (3 | set << 4). The runtime then
// calls `[callback][async-lift]name(event, handle, status)` with the next event: SUBTASK (1) once a
// subtask in the waited-on set has returned (its result already written), NONE (0) after a yield.
// The guest hands back its result with the import `[task-return]name` (module `[export]$root`).
// Intrinsics (module `$root`): `[waitable-set-new]`, `[waitable-set-drop]`, `[waitable-join]`,
// `[subtask-drop]`, `[context-get-0]`, `[context-set-0]`.
//
// A guest that breaks the rules traps (kind "abi", in wasmtime's words where it has them): a stale or
// forged handle, a subtask dropped before it resolved, an export that exits without a result, a WAIT
// on a set none of whose members is still running (wasmtime's "deadlock detected", raised once its
// whole event loop is idle; the kit raises it at once, which is the same verdict while one task waits
// at a time). A host promise that rejects is a Trap of kind "host", like a synchronous throw. Either
// poisons the instance, and every task waiting in it fails with that trap. Handles are never reused.

import { Accessor, type AccessorScope } from "./accessor.ts";
import type { Caller } from "./caller.ts";
import { type FuncType, sizeOf, type ValType } from "./func-type.ts";
import type { WasmValue } from "./instance.ts";
import { type Owner, runAs } from "./ownership.ts";
import { asTrap, Trap } from "./trap.ts";

export const Status = { started: 1, returned: 2 } as const;
export const CallbackCode = { exit: 0, yield: 1, wait: 2, poll: 3 } as const;
export const EventCode = { none: 0, subtask: 1 } as const;

/** A host function `funcWrapAsync` defined: it gets the Caller and may hold it across its awaits. */
export type AsyncHostFunc<T> = (caller: Caller<T>, ...params: never[]) => Promise<WasmValue | void>;
/** A host function `funcWrapConcurrent` defined: it reaches the store only through `accessor.with`. */
export type ConcurrentHostFunc<T> = (accessor: Accessor<T>, ...params: never[]) => Promise<WasmValue | void>;
type SyncHostFunc<T> = (caller: Caller<T>, ...params: never[]) => WasmValue | void;

/** A definition a guest may import async-lowered: every one with a declared signature. */
export type LowerableDefinition<T> =
  | { readonly kind: "sync"; readonly fn: SyncHostFunc<T>; readonly signature: FuncType }
  | { readonly kind: "async"; readonly fn: AsyncHostFunc<T>; readonly signature: FuncType }
  | { readonly kind: "concurrent"; readonly fn: ConcurrentHostFunc<T>; readonly signature: FuncType };

/** What the async ABI needs of its instance. */
export interface InstanceState<T> {
  readonly caller: Caller<T>;
  readonly owner: Owner;
  /** Counts the host calls the store data is lent to (Store.lend). */
  readonly store: { lend(): () => void };
  readonly poisoned: boolean;
  poison(trap: Trap): Trap;
}

/** One call of an `[async-lift]` export. */
export class GuestTask {
  context = 0;
  private values: WasmValue[] | undefined;

  constructor(readonly name: string) {}

  get returned(): boolean {
    return this.values !== undefined;
  }

  return(values: WasmValue[]): void {
    if (this.values !== undefined) throw abiTrap("`task.return` or `task.cancel` called more than once for current task");
    this.values = values;
  }

  /** What `task.return` was given: nothing, one value, or several. */
  result(): WasmValue | WasmValue[] | undefined {
    const values = this.values ?? [];
    return values.length > 1 ? values : values[0];
  }
}

export interface Event {
  readonly code: number;
  readonly handle: number;
  readonly status: number;
}

const none: Event = { code: EventCode.none, handle: 0, status: 0 };

class Subtask {
  running = true;
  eventPending = false;
  set: WaitableSet | undefined;

  constructor(readonly handle: number) {}
}

class WaitableSet {
  readonly members = new Set<Subtask>();
  waiter: { resolve(event: Event): void; reject(trap: Trap): void } | undefined;

  constructor(readonly handle: number) {}

  takeEvent(): Event | undefined {
    for (const subtask of this.members) {
      if (subtask.eventPending) {
        subtask.eventPending = false;
        return { code: EventCode.subtask, handle: subtask.handle, status: Status.returned };
      }
    }
    return undefined;
  }

  get canWake(): boolean {
    return [...this.members].some((subtask) => subtask.running || subtask.eventPending);
  }
}

const MAX_HANDLE = 2 ** 28 - 1;

export class Concurrency<T> {
  /** The task whose guest code is running, if an async export's is. */
  current: GuestTask | undefined;
  private readonly waitables = new Map<number, Subtask | WaitableSet>();
  private lastHandle = 0;

  constructor(private readonly instance: InstanceState<T>) {}

  /** The import function for `[async-lower]<where>`. */
  lowered(where: string, definition: LowerableDefinition<T>): (...args: WasmValue[]) => number {
    const result = definition.signature.results[0];
    return (...args) => {
      try {
        const retPtr = result === undefined ? undefined : this.resultPointer(args.pop()!, result);
        if (definition.kind === "sync") {
          const value = definition.fn(this.instance.caller, ...(args as never[]));
          if (retPtr !== undefined) writeValue(this.instance.caller, retPtr, result!, value);
          return Status.returned;
        }
        return this.start(where, definition, args, retPtr, result);
      } catch (error) {
        throw asTrap(error, where);
      }
    };
  }

  /** The `$root` intrinsic `name` and its signature, or undefined if there is none by that name. */
  intrinsic(name: string): { readonly type: FuncType; readonly fn: (...args: number[]) => number | void } | undefined {
    switch (name) {
      case "[waitable-set-new]":
        return { type: { params: [], results: ["i32"] }, fn: () => this.insert((handle) => new WaitableSet(handle)).handle };
      case "[waitable-set-drop]":
        return { type: { params: ["i32"], results: [] }, fn: (set) => this.dropSet(set) };
      case "[waitable-join]":
        return { type: { params: ["i32", "i32"], results: [] }, fn: (waitable, set) => this.join(waitable, set) };
      case "[subtask-drop]":
        return { type: { params: ["i32"], results: [] }, fn: (handle) => this.dropSubtask(handle) };
      case "[context-get-0]":
        return { type: { params: [], results: ["i32"] }, fn: () => this.task("context.get").context };
      case "[context-set-0]":
        return { type: { params: ["i32"], results: [] }, fn: (value) => void (this.task("context.set").context = value) };
      default:
        return undefined;
    }
  }

  /** The import function `[task-return]<name>` for the export `[async-lift]<name>`. */
  taskReturn(name: string): (...values: WasmValue[]) => void {
    return (...values) => {
      const task = this.task("task.return");
      if (task.name !== name) throw abiTrap(`task.return for "${name}" called by the task of "${task.name}"`);
      task.return(values);
    };
  }

  /**
   * Acts on the callback code a task's guest code returned: the event to call its callback with
   * next, or undefined when the task exited. Every failure poisons the instance.
   */
  async next(task: GuestTask, code: number): Promise<Event | undefined> {
    try {
      const set = code >>> 4;
      switch (code & 0xf) {
        case CallbackCode.exit:
          if (!task.returned) throw abiTrap("async-lifted export failed to produce a result");
          return undefined;
        case CallbackCode.yield:
          await macrotask();
          return none;
        case CallbackCode.wait:
          return await this.wait(this.waitableSet(set));
        case CallbackCode.poll: {
          const event = this.waitableSet(set).takeEvent();
          if (event !== undefined) return event;
          await macrotask();
          return none;
        }
        default:
          throw abiTrap(`unsupported callback code: ${code & 0xf}`);
      }
    } catch (error) {
      throw this.instance.poison(asTrap(error, `the task of "${task.name}"`));
    }
  }

  /**
   * Fails every waiting task with `trap`: the instance is dead. Host calls still running go on (a
   * promise cannot be cancelled), their accessors valid until they settle; what they return is dropped.
   */
  poisoned(trap: Trap): void {
    for (const waitable of this.waitables.values()) {
      if (waitable instanceof WaitableSet && waitable.waiter !== undefined) waitable.waiter.reject(trap);
    }
  }

  private start(
    where: string,
    definition: Exclude<LowerableDefinition<T>, { kind: "sync" }>,
    args: WasmValue[],
    retPtr: number | undefined,
    result: ValType | undefined,
  ): number {
    const { caller, owner, store } = this.instance;
    const scope: AccessorScope<T> = { where, caller, owner, lend: () => store.lend(), ended: false };
    const params = args as never[];
    // an async host function holds the store data from its start until it settles; a concurrent one only inside `with`
    const endLoan = definition.kind === "async" ? store.lend() : () => {};
    const settled = () => {
      scope.ended = true;
      endLoan();
    };
    let promise: Promise<WasmValue | void>;
    try {
      promise =
        definition.kind === "async" ? definition.fn(caller, ...params) : definition.fn(new Accessor(scope, (data) => data), ...params);
    } catch (error) {
      settled();
      throw error;
    }
    const subtask = this.insert((handle) => new Subtask(handle));
    Promise.resolve(promise).then(
      (value) => {
        settled();
        if (this.instance.poisoned) return;
        try {
          if (retPtr !== undefined) runAs(owner, () => writeValue(caller, retPtr, result!, value));
        } catch (error) {
          this.instance.poison(asTrap(error, where));
          return;
        }
        subtask.running = false;
        subtask.eventPending = true;
        this.wake(subtask.set);
      },
      (error: unknown) => {
        settled();
        this.instance.poison(asTrap(error, where));
      },
    );
    return (subtask.handle << 4) | Status.started;
  }

  /** Checks a result pointer before the host runs, as wasmtime's `validate_inbounds`. */
  private resultPointer(arg: WasmValue, type: ValType): number {
    const ptr = Number(arg) >>> 0;
    const size = sizeOf(type);
    if (ptr % size !== 0) throw new Trap("memory", `result pointer ${ptr} is not aligned to ${size} bytes`);
    this.instance.caller.readBytes(ptr, size); // traps when out of bounds
    return ptr;
  }

  private wait(set: WaitableSet): Promise<Event> {
    const event = set.takeEvent();
    if (event !== undefined) return Promise.resolve(event);
    if (!set.canWake) {
      throw abiTrap(`deadlock detected: event loop cannot make further progress (waitable set ${set.handle} has nothing running)`);
    }
    if (set.waiter !== undefined) throw abiTrap(`waitable set ${set.handle} already has a waiter`);
    return new Promise((resolve, reject) => {
      set.waiter = {
        resolve: (event) => {
          set.waiter = undefined;
          resolve(event);
        },
        reject,
      };
    });
  }

  private wake(set: WaitableSet | undefined): void {
    if (set?.waiter === undefined) return;
    const event = set.takeEvent();
    if (event !== undefined) set.waiter.resolve(event);
  }

  private join(handle: number, setHandle: number): void {
    const subtask = this.lookup(handle, Subtask, "a subtask");
    const set = setHandle === 0 ? undefined : this.waitableSet(setHandle);
    subtask.set?.members.delete(subtask);
    subtask.set = set;
    set?.members.add(subtask);
    this.wake(set);
  }

  private dropSubtask(handle: number): void {
    const subtask = this.lookup(handle, Subtask, "a subtask");
    if (subtask.running) throw abiTrap("cannot drop a subtask which has not yet resolved");
    if (subtask.eventPending) throw abiTrap("cannot drop a subtask with an undelivered event");
    subtask.set?.members.delete(subtask);
    this.waitables.delete(handle);
  }

  private dropSet(handle: number): void {
    const set = this.waitableSet(handle);
    if (set.waiter !== undefined) throw abiTrap("cannot drop waitable set with waiters");
    for (const subtask of set.members) subtask.set = undefined;
    this.waitables.delete(handle);
  }

  private waitableSet(handle: number): WaitableSet {
    if (handle === 0) throw abiTrap("invalid waitable-set handle");
    return this.lookup(handle, WaitableSet, "a waitable set");
  }

  private lookup<W extends Subtask | WaitableSet>(handle: number, type: abstract new (...args: never[]) => W, what: string): W {
    const waitable = this.waitables.get(handle);
    if (waitable === undefined) throw abiTrap(`unknown handle index ${handle}`);
    if (!(waitable instanceof type)) throw abiTrap(`handle ${handle} is not ${what}`); // wasmtime: "handle is not a subtask"
    return waitable;
  }

  private insert<W extends Subtask | WaitableSet>(make: (handle: number) => W): W {
    if (this.lastHandle === MAX_HANDLE) throw abiTrap("cannot allocate another handle: index overflow");
    const waitable = make(++this.lastHandle);
    this.waitables.set(waitable.handle, waitable);
    return waitable;
  }

  private task(intrinsic: string): GuestTask {
    if (this.current === undefined) throw abiTrap(`${intrinsic} called outside an async task`);
    return this.current;
  }
}

function abiTrap(message: string): Trap {
  return new Trap("abi", message);
}

function macrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Writes a host result at `ptr` as the JS API converts a returned value (ToWebAssemblyValue). */
function writeValue(caller: Caller<unknown>, ptr: number, type: ValType, value: unknown): void {
  const bytes = new Uint8Array(sizeOf(type));
  const view = new DataView(bytes.buffer);
  if (type === "i32") view.setInt32(0, Number(value) | 0, true);
  else if (type === "i64") view.setBigInt64(0, BigInt.asIntN(64, BigInt(value as bigint)), true);
  else if (type === "f32") view.setFloat32(0, Number(value), true);
  else view.setFloat64(0, Number(value), true);
  caller.writeBytes(ptr, bytes);
}
