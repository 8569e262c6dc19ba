// Scenario: one thing a host author wants to do with an accessor design. Each scenario is a module
// with its id, its intent in one line, the Rust situation it mirrors, and the runtime check that
// drives the real guest through a compiling cell's `link()`.

import { guestString, loadGuest } from "../guest.ts";
import type { Instance } from "../runtime/instance.ts";
import { Linker } from "../runtime/linker.ts";
import type { ResourceTable } from "../runtime/resource-table.ts";
import { Store } from "../runtime/store.ts";

/** What a compiling cell's `link()` returns: both interfaces linked, and the table their hosts share. */
export interface Linked<T> {
  readonly linker: Linker<T>;
  readonly store: Store<T>;
  readonly table: ResourceTable;
}

/**
 * The part of a compiling cell's `link()` that is the same in every design: a Linker over the store
 * data's type, the Store, and the result. `addBoth` is the cell's own part, the design's two
 * addToLinker calls; `table` is the ResourceTable the two hosts share.
 */
export function linkBoth<T>(data: T, table: ResourceTable, addBoth: (linker: Linker<T>) => void): Linked<T> {
  const linker = new Linker<T>();
  addBoth(linker);
  return { linker, store: new Store(data), table };
}

export interface Scenario {
  readonly id: string;
  /** The user's intent, in their words. */
  readonly intent: string;
  /** The wasmtime issue or PR, and the rustc situation, this scenario comes from. */
  readonly origin: string;
  /**
   * The scenario whose TypeScript attempt this one shares, where the two differ only in Rust (a
   * boxed closure and a `fn` pointer are the same function type to TypeScript).
   */
  readonly tsAttempt?: string;
  /** Throws an Error saying what went wrong when the linked guest does not behave. */
  check(linked: Linked<unknown>): Promise<void>;
}

export class ScenarioCheckError extends Error {
  override readonly name = "ScenarioCheckError";
}

export function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) throw new ScenarioCheckError(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}

/**
 * The check every scenario starts with: the guest resolves a name through sockets, hands the stream
 * to http (so both hosts must reach the one table), reads status 200, drops both resources, and the
 * table ends empty. `rounds` runs it several times on one instance.
 */
export async function fetchThroughBothInterfaces(linked: Linked<unknown>, rounds = 1): Promise<void> {
  const instance = linked.linker.instantiate(linked.store, await loadGuest("fetch"));
  for (let round = 0; round < rounds; round++) {
    expectEqual(`fetch("localhost") round ${round + 1} status`, instance.call("fetch", ...guestString(instance, "localhost")), 200);
  }
  expectEqual("live resources after the guest dropped everything", linked.table.size, 0);
}

/** A stream minted by sockets is seen by http, and a stream used after its drop is an error result. */
export async function streamCrossesInterfaces(linked: Linked<unknown>): Promise<void> {
  const instance = linked.linker.instantiate(linked.store, await loadGuest("fetch"));
  expectEqual("drop a stream whose response is live (error result has-children)", instance.call("drop-parent-first"), -3);
  expectEqual("read a dropped stream (error result invalid-handle)", instance.call("use-after-drop"), -2);
  expectEqual("live resources after the run", linked.table.size, 0);
}

/** Has the guest resolve "localhost" and keep the stream (`resolve-and-keep`): its handle. */
export function keepStream(instance: Instance): number {
  const stream = instance.call("resolve-and-keep");
  if (typeof stream !== "number" || stream <= 0) throw new ScenarioCheckError(`resolve-and-keep: expected a handle, got ${String(stream)}`);
  return stream;
}
