// Fuzzing the runtime from the guest's side: a random guest imports a random subset of both example
// interfaces' functions, each with its declared signature or a wrong one, and calls them with random
// handles (live, stale, of the other type, made up), random result pointers (in bounds, straddling the
// end of memory, beyond it) and random names (known, unknown, invalid UTF-8, out of bounds), with
// random trap points (a guest `unreachable`, a host that throws). After every step it checks what the
// runtime promises:
// - a wrong signature is refused at instantiate with a LinkError naming the import and both types;
// - no byte of guest memory changes outside the result area the ABI names for the call;
// - no handle aliases another: every new handle is one never given out before, and a stale or foreign
//   handle is an error result, never an answer about another resource;
// - every failure is typed (a Trap of the kind the step calls for) and poisons the instance;
// - the table is empty once every handle the guest owns is dropped, or once the instance trapped.
// The async ABI gets the same from the concurrent guest: several `fetch-both` tasks on one instance,
// some breaking the ABI's rules, their host calls settling in a random order, some rejecting: every
// task settles (no hang), with both statuses or a typed Trap, and nothing is left in the table.
// ACCESSOR_KIT_FUZZ_RUNS sets the number of guests (1,000 by default; a fifth as many interleavings).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addInterfaceToLinker,
  addInterfaceToLinkerConcurrent,
  compileModule,
  type FuncType,
  HttpViewHost,
  httpViewHostWithStore,
  type Instance,
  type Interface,
  ipNameLookup,
  ipv4,
  KitData,
  LinkError,
  Linker,
  loadGuest,
  outgoingHandler,
  Resource,
  SocketsViewHost,
  Store,
  Trap,
} from "accessor-kit";

const runs = Number(process.env["ACCESSOR_KIT_FUZZ_RUNS"] ?? 1_000);

type FuncName =
  | "resolve-addresses"
  | "resolve-next-address"
  | "drop-resolve-address-stream"
  | "handle"
  | "future-status"
  | "drop-future-incoming-response";

const interfaces = [ipNameLookup, outgoingHandler] as readonly Interface<unknown>[];
const declared = interfaces.flatMap((iface) =>
  iface.functions.map((func) => ({ module: iface.name, name: func.name as FuncName, type: { params: func.params, results: func.results } })),
).filter((func) => func.name !== ("await-status" as string));

const mutations = ["drop-param", "extra-param", "i64-param", "extra-result", "drop-result"] as const;
type Mutation = (typeof mutations)[number];

function mutate(type: FuncType, mutation: Mutation): FuncType {
  const { params, results } = type;
  switch (mutation) {
    case "drop-param":
      return { params: params.slice(0, -1), results };
    case "extra-param":
      return { params: [...params, "i32"], results };
    case "i64-param":
      return { params: ["i64", ...params.slice(1)], results };
    case "extra-result":
      return { params, results: [...results, "i32"] };
    case "drop-result":
      return { params, results: [] };
  }
}

const format = ({ params, results }: FuncType) =>
  `(func${params.length ? ` (param ${params.join(" ")})` : ""}${results.length ? ` (result ${results.join(" ")})` : ""})`;

interface Import {
  readonly module: string;
  readonly name: FuncName;
  readonly type: FuncType;
  readonly declared: FuncType;
}

const modules = new Map<string, WebAssembly.Module>();

/**
 * The guest: the imports, and per import an export `call:<name>` passing its arguments straight
 * through (or only the imports, for a guest that must not link), encoded to binary here: thousands
 * of guests, and wabt would take most of the run.
 */
function guest(imports: readonly Import[], importsOnly: boolean): WebAssembly.Module {
  const key = JSON.stringify([importsOnly, imports.map((i) => [i.name, i.type])]);
  let module = modules.get(key);
  if (module === undefined) {
    const trapType = imports.length;
    const types = [...imports.map((i) => i.type), { params: [], results: [] }].map(({ params, results }) => [
      0x60,
      ...vec(params.map((t) => valType[t]!)),
      ...vec(results.map((t) => valType[t]!)),
    ]);
    const importEntries = imports.map(({ module, name }, i) => [...text(module), ...text(name), 0x00, ...leb(i)]);
    const funcs = [...imports.map((_, i) => leb(i)), leb(trapType)];
    const exports = [
      [...text("memory"), 0x02, 0],
      ...imports.map(({ name }, i) => [...text(`call:${name}`), 0x00, ...leb(imports.length + i)]),
      [...text("trap"), 0x00, ...leb(2 * imports.length)],
    ];
    const bodies = [
      ...imports.map(({ type }, i) => [0, ...type.params.flatMap((_, p) => [0x20, ...leb(p)]), 0x10, ...leb(i), 0x0b]),
      [0, 0x00, 0x0b],
    ].map((body) => [...leb(body.length), ...body]);
    const bytes = new Uint8Array([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...section(1, vec(types)),
      ...section(2, vec(importEntries)),
      ...(importsOnly
        ? []
        : [...section(3, vec(funcs)), ...section(5, vec([[0x00, 0x01]])), ...section(7, vec(exports)), ...section(10, vec(bodies))]),
    ]);
    module = compileModule(bytes);
    modules.set(key, module);
  }
  return module;
}

const valType: Partial<Record<string, number>> = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c };

function leb(value: number): number[] {
  const bytes: number[] = [];
  do {
    const byte = value & 0x7f;
    value >>>= 7;
    bytes.push(value === 0 ? byte : byte | 0x80);
  } while (value !== 0);
  return bytes;
}

function vec(items: readonly (number | number[])[]): number[] {
  return [...leb(items.length), ...items.flat()];
}

function text(value: string): number[] {
  const bytes = [...new TextEncoder().encode(value)];
  return [...leb(bytes.length), ...bytes];
}

function section(id: number, content: number[]): number[] {
  return [id, ...leb(content.length), ...content];
}

type HandleChoice = { from: "live" | "stale"; index: number } | { from: "forged"; rep: number };
type NameChoice = "localhost" | "example.com" | "nowhere.invalid" | "invalid-utf8" | "out-of-bounds";
type Step =
  | { kind: "call"; func: number; handle: HandleChoice; ptr: number; name: NameChoice }
  | { kind: "guest-trap" }
  | { kind: "host-failure" };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant("call" as const),
      func: fc.nat(5),
      handle: fc.oneof(
        { weight: 5, arbitrary: fc.record({ from: fc.constant("live" as const), index: fc.nat(20) }) },
        { weight: 2, arbitrary: fc.record({ from: fc.constant("stale" as const), index: fc.nat(20) }) },
        { weight: 1, arbitrary: fc.record({ from: fc.constant("forged" as const), rep: fc.nat(0xffff_ffff) }) },
      ),
      // a result area inside memory, straddling its end, or beyond it
      ptr: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 65528 }) },
        { weight: 1, arbitrary: fc.integer({ min: 65529, max: 65535 }) },
        { weight: 1, arbitrary: fc.integer({ min: 65536, max: 0xffff_ffff }) },
      ),
      name: fc.constantFrom<NameChoice>("localhost", "localhost", "example.com", "nowhere.invalid", "invalid-utf8", "out-of-bounds"),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "guest-trap" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "host-failure" as const }) },
);

const importChoice = fc.oneof(
  { weight: 8, arbitrary: fc.constant<"absent" | "exact">("exact") },
  { weight: 2, arbitrary: fc.constant<"absent" | "exact">("absent") },
  { weight: 1, arbitrary: fc.constantFrom(...mutations) },
);

const NAMES: Record<string, string[]> = { localhost: ["127.0.0.1"], "example.com": ["93.184.216.34", "93.184.216.35"] };

/** One resource the guest was given, as the model sees it. */
interface Owned {
  readonly rep: number;
  readonly kind: "stream" | "response";
  readonly parent: number | undefined;
  readonly addresses: number[];
  reads: number;
}

class Run {
  readonly live = new Map<number, Owned>();
  readonly stale: number[] = [];
  readonly issued = new Set<number>();
  failNext = false;
  trapped = false;
  /** What guest memory must hold: what it held, plus the writes the ABI allowed so far. */
  private readonly expected: Buffer;

  constructor(
    readonly instance: Instance,
    readonly imports: readonly Import[],
    readonly store: Store<KitData>,
  ) {
    this.expected = Buffer.from(this.memory);
  }

  get memory(): Uint8Array {
    return new Uint8Array(this.instance.memory!.buffer);
  }

  handle(choice: HandleChoice): number {
    if (choice.from === "forged") return choice.rep;
    const pool = choice.from === "live" ? [...this.live.keys()] : this.stale;
    return pool.length > 0 ? pool[choice.index % pool.length]! : choice.index;
  }

  /** Writes the step's name where the guest would have it, and returns the (ptr, len) pair. */
  name(choice: NameChoice): [number, number] {
    if (choice === "out-of-bounds") return [65530, 100];
    const bytes = choice === "invalid-utf8" ? new Uint8Array([0xff, 0xfe, 0x41]) : new TextEncoder().encode(choice);
    this.memory.set(bytes, 256);
    this.expected.set(bytes, 256);
    return [256, bytes.length];
  }

  step(s: Step): void {
    if (s.kind === "host-failure") {
      this.failNext = true;
      return;
    }
    if (s.kind === "guest-trap") return this.expectTrap(() => this.instance.call("trap"), this.trapped ? "poisoned" : "guest", undefined);
    const func = this.imports[s.func % this.imports.length]!;
    const rep = this.handle(s.handle);
    const ptr = s.ptr;
    const [namePtr, nameLen] = this.name(s.name);
    const args: Record<FuncName, number[]> = {
      "resolve-addresses": [namePtr, nameLen, ptr],
      "resolve-next-address": [rep, ptr],
      "drop-resolve-address-stream": [rep],
      handle: [namePtr, nameLen, rep, ptr],
      "future-status": [rep, ptr],
      "drop-future-incoming-response": [rep],
    };
    const writes = func.declared.results.length === 0 && func.declared.params.length > 1 ? ptr : undefined;
    const run = () => this.instance.call(`call:${func.name}`, ...args[func.name]);
    if (this.trapped) return this.expectTrap(run, "poisoned", undefined);
    if (this.failNext) return this.expectTrap(run, "host", writes);
    const stringOk = s.name !== "out-of-bounds" && s.name !== "invalid-utf8";
    const usesString = func.name === "resolve-addresses" || func.name === "handle";
    if (usesString && !stringOk) return this.expectTrap(run, "memory", writes);
    const outcome = this.model(func.name, rep, usesString ? s.name : undefined);
    if (writes !== undefined && ptr + 8 > 65536) return this.expectTrap(run, "memory", writes);
    const result = run();
    this.expectWritesOnly(writes);
    const got = writes !== undefined ? this.resultAt(ptr) : (result as number);
    this.check(outcome, got);
  }

  /** What the call must answer, and the bookkeeping of a success: [tag, payload] or a status. */
  private model(name: FuncName, rep: number, host: string | undefined): Outcome {
    const owned = this.live.get(rep);
    const stream = owned?.kind === "stream" ? owned : undefined;
    const response = owned?.kind === "response" ? owned : undefined;
    switch (name) {
      case "resolve-addresses": {
        const addresses = NAMES[host!];
        return addresses === undefined ? { err: 1 } : { mint: { kind: "stream", parent: undefined, addresses: addresses.map(ipv4) } };
      }
      case "resolve-next-address":
        return stream === undefined ? { err: 2 } : { ok: stream.addresses[stream.reads++] ?? 0 };
      case "drop-resolve-address-stream":
        if (stream === undefined) return { status: 2 };
        if ([...this.live.values()].some((o) => o.parent === rep)) return { status: 3 };
        return { drop: rep };
      case "handle":
        return stream === undefined ? { err: 2 } : { mint: { kind: "response", parent: rep, addresses: [] } };
      case "future-status":
        return response === undefined ? { err: 2 } : { ok: 200 };
      case "drop-future-incoming-response":
        return response === undefined ? { status: 2 } : { drop: rep };
    }
  }

  private check(outcome: Outcome, got: number | [number, number]): void {
    if ("status" in outcome) return void expect(got).toBe(outcome.status);
    if ("drop" in outcome) {
      expect(got).toBe(0);
      this.live.delete(outcome.drop);
      this.stale.push(outcome.drop);
      return;
    }
    if ("err" in outcome) return void expect(got).toEqual([1, outcome.err]);
    if ("ok" in outcome) return void expect(got).toEqual([0, outcome.ok >>> 0]);
    const [tag, rep] = got as [number, number];
    expect(tag).toBe(0);
    expect(this.issued.has(rep)).toBe(false); // never a handle given out before: no aliasing
    this.issued.add(rep);
    this.live.set(rep, { rep, ...outcome.mint, reads: 0 });
  }

  private resultAt(ptr: number): [number, number] {
    const view = new DataView(this.instance.memory!.buffer);
    return [view.getUint32(ptr, true), view.getUint32(ptr + 4, true)];
  }

  /** Guest memory is as expected except, at most, in the 8-byte result area at `area`, which is then expected. */
  private expectWritesOnly(area: number | undefined): void {
    const memory = Buffer.from(this.memory.buffer);
    const [start, end] = area === undefined ? [memory.length, memory.length] : [Math.min(area, memory.length), Math.min(area + 8, memory.length)];
    const same = memory.subarray(0, start).equals(this.expected.subarray(0, start)) && memory.subarray(end).equals(this.expected.subarray(end));
    if (!same) throw new Error(`guest memory changed outside the result area ${area ?? "(none)"}`);
    this.expected.set(memory.subarray(start, end), start);
  }

  private expectTrap(run: () => unknown, kind: Trap["kind"], writes: number | undefined): void {
    let error: unknown;
    try {
      run();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Trap);
    expect(error).toHaveProperty("kind", kind);
    this.expectWritesOnly(writes);
    this.trapped = true;
    this.failNext = false;
    this.live.clear();
    expect(this.store.data.table.size).toBe(0); // everything the guest owned went with the instance
  }

  /** Drops every handle the guest still owns, children first, through the guest where it can. */
  dropAll(): void {
    this.failNext = false;
    const byName = new Map(this.imports.map((i) => [i.name, i]));
    const owned = [...this.live.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "response" ? -1 : 1));
    for (const { rep, kind } of owned) {
      const drop = kind === "response" ? "drop-future-incoming-response" : "drop-resolve-address-stream";
      if (byName.has(drop)) expect(this.instance.call(`call:${drop}`, rep)).toBe(0);
      else this.store.data.table.delete(Resource.fromRep(rep, Object));
    }
    this.live.clear();
    expect(this.store.data.table.size).toBe(0);
  }
}

type Outcome =
  | { ok: number }
  | { err: number }
  | { status: number }
  | { drop: number }
  | { mint: { kind: Owned["kind"]; parent: number | undefined; addresses: number[] } };

function linker(run: () => Run | undefined): Linker<KitData> {
  const linker = new Linker<KitData>();
  const host = <H>(make: (data: KitData) => H) => (data: KitData) => {
    const current = run();
    if (current?.failNext) throw new Error("the host failed");
    return make(data);
  };
  addInterfaceToLinker(linker, ipNameLookup, host((d) => new SocketsViewHost(d)));
  addInterfaceToLinker(linker, outgoingHandler, host((d) => new HttpViewHost(d)));
  return linker;
}

async function fuzzOnce(choices: readonly ("absent" | "exact" | Mutation)[], steps: readonly Step[]): Promise<void> {
  const imports: Import[] = [];
  const mutated: Import[] = [];
  declared.forEach((func, i) => {
    const choice = choices[i]!;
    if (choice === "absent") return;
    const type = choice === "exact" ? func.type : mutate(func.type, choice);
    const entry = { module: func.module, name: func.name, type, declared: func.type };
    imports.push(entry);
    if (format(type) !== format(func.type)) mutated.push(entry);
  });
  if (imports.length === 0) return;
  let current: Run | undefined;
  const link = linker(() => current);
  const module = guest(imports, mutated.length > 0);
  const data = new KitData();
  for (const [name, addresses] of Object.entries(NAMES)) data.sockets.names.set(name, addresses.map(ipv4));
  const store = new Store(data);
  if (mutated.length > 0) {
    let error: unknown;
    try {
      link.instantiate(store, module);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LinkError);
    for (const { module: iface, name, type, declared } of mutated) {
      expect((error as LinkError).message).toContain(
        `incompatible import type for \`${iface}::${name}\`: types incompatible: expected type \`${format(type)}\`, found type \`${format(declared)}\``,
      );
    }
    return;
  }
  current = new Run(link.instantiate(store, module), imports, store);
  for (const s of steps) current.step(s);
  if (!current.trapped) current.dropAll();
}

describe("the runtime under a fuzzed guest", () => {
  it(`keeps its promises over ${runs} random guests`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(importChoice, { minLength: 6, maxLength: 6 }), fc.array(step, { maxLength: 30 }), fuzzOnce),
      { numRuns: runs },
    );
  });
});

describe("the async ABI under random interleavings", () => {
  const interleavings = Math.ceil(runs / 5);
  it(`keeps its promises over ${interleavings} random interleavings of concurrent calls`, async () => {
    const module = await loadGuest("concurrent");
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.constantFrom(0, 0, 0, 1, 2, 3, 4), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        async (scheduler, modes, rejections, accessor) => {
          const linker = new Linker<KitData>();
          addInterfaceToLinker(linker, ipNameLookup, (d) => new SocketsViewHost(d));
          if (accessor) addInterfaceToLinkerConcurrent(linker, outgoingHandler, (d) => new HttpViewHost(d), httpViewHostWithStore);
          else addInterfaceToLinker(linker, outgoingHandler, (d) => new HttpViewHost(d));
          const store = new Store(new KitData());
          const instance = linker.instantiate(store, module);
          const lost = new Error("response lost");
          let arrivals = 0;
          store.data.http.arrival = () => {
            const rejects = rejections[arrivals++ % rejections.length]!;
            return scheduler.schedule(Promise.resolve()).then(() => {
              if (rejects) throw lost;
            });
          };
          const calls = modes.map((mode) =>
            instance.callAsync("fetch-both", mode).then(
              (value) => ({ value }),
              (error: unknown) => ({ error }),
            ),
          );
          const outcomes = await scheduler.waitFor(Promise.all(calls));
          await scheduler.waitAll();
          const failures = outcomes.flatMap((outcome) => ("error" in outcome ? [outcome.error] : []));
          for (const error of failures) {
            expect(error).toBeInstanceOf(Trap);
            expect(["guest", "abi", "host", "poisoned"]).toContain((error as Trap).kind);
            if ((error as Trap).kind === "host") expect((error as Trap).cause).toBe(lost);
          }
          if (failures.length === 0) {
            expect(outcomes).toEqual(modes.map(() => ({ value: [200, 200] })));
            expect(modes.every((mode) => mode === 0)).toBe(true);
          } else {
            expect(instance.poisoned).toBe(true);
          }
          expect(store.data.table.size).toBe(0);
          expect(store.data.http.awaiting).toBe(0);
        },
      ),
      { numRuns: interleavings },
    );
  });
});
