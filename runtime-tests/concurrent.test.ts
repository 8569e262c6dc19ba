import { describe, expect, it } from "vitest";
import {
  type Accessor,
  AccessorError,
  addInterfaceToLinker,
  addInterfaceToLinkerConcurrent,
  type Caller,
  type FutureIncomingResponse,
  HttpViewHost,
  httpViewHostWithStore,
  ipNameLookup,
  KitData,
  LinkError,
  Linker,
  loadGuest,
  outgoingHandler,
  ResolveAddressStream,
  type Resource,
  ResourceTable,
  SocketsViewHost,
  Store,
  Trap,
  wat,
} from "accessor-kit";
import { failure } from "./failure.ts";

type Wiring = "held host" | "accessor";
const wirings: Wiring[] = ["held host", "accessor"];

/** The concurrent guest linked the way a design links it: http's host held across awaits, or reached through an Accessor. */
async function linkedGuest(wiring: Wiring, getter: (data: KitData) => HttpViewHost = (d) => new HttpViewHost(d)) {
  const linker = new Linker<KitData>();
  addInterfaceToLinker(linker, ipNameLookup, (d) => new SocketsViewHost(d));
  if (wiring === "accessor") addInterfaceToLinkerConcurrent(linker, outgoingHandler, getter, httpViewHostWithStore);
  else addInterfaceToLinker(linker, outgoingHandler, getter);
  const store = new Store(new KitData());
  return { store, linker, instance: linker.instantiate(store, await loadGuest("concurrent")) };
}

/** Responses that arrive only when the test says so. */
function gatedArrivals(data: KitData) {
  const waiting: { authority: string; arrive: () => void }[] = [];
  data.http.arrival = (response: FutureIncomingResponse) =>
    new Promise<void>((arrive) => waiting.push({ authority: response.authority, arrive }));
  return waiting;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe.each(wirings)("two async host calls in flight, http's host %s", (wiring) => {
  it("starts both calls before either returns, and gets both statuses", async () => {
    const { store, instance } = await linkedGuest(wiring);
    const waiting = gatedArrivals(store.data);
    const fetched = instance.callAsync("fetch-both", 0);
    await turn();
    expect(waiting.map((w) => w.authority)).toEqual(["example.com", "example.org"]);
    expect(store.data.http.awaiting).toBe(2);
    waiting[1]!.arrive();
    await turn();
    expect(store.data.http.awaiting).toBe(1);
    waiting[0]!.arrive();
    expect(await fetched).toEqual([200, 200]);
    expect(store.data.http.awaiting).toBe(0);
    expect(store.data.table.size).toBe(0);
  });

  it(`lends the store data to ${wiring === "accessor" ? "one accessor.with at a time" : "both calls at once, each holding its host across the await"}`, async () => {
    const { store, instance } = await linkedGuest(wiring);
    const waiting = gatedArrivals(store.data);
    const fetched = instance.callAsync("fetch-both", 0);
    await turn();
    expect(store.lent).toBe(wiring === "accessor" ? 0 : 2);
    for (const response of waiting) response.arrive();
    await fetched;
    expect({ lent: store.lent, mostLent: store.mostLent }).toEqual({ lent: 0, mostLent: wiring === "accessor" ? 1 : 2 });
  });

  it("runs two tasks of one instance at once, each with its own context", async () => {
    const { store, instance } = await linkedGuest(wiring);
    store.data.http.status = 204;
    expect(await Promise.all([instance.callAsync("fetch-both", 0), instance.callAsync("fetch-both", 0)])).toEqual([
      [204, 204],
      [204, 204],
    ]);
    expect(store.data.table.size).toBe(0);
  });

  it("makes a guest trap in the callback a Trap of kind guest, poisons the instance, and releases its resources", async () => {
    const { store, instance } = await linkedGuest(wiring);
    const trap = await instance.callAsync("fetch-both", 1).catch((error: unknown) => error);
    expect(trap).toBeInstanceOf(Trap);
    expect(trap).toMatchObject({ kind: "guest", message: expect.stringMatching(/^guest trapped in "fetch-both": unreachable/) });
    expect(store.data.table.size).toBe(0);
    await expect(instance.callAsync("fetch-both", 0)).rejects.toMatchObject({ kind: "poisoned" });
    await turn(); // the second call, still running when the guest trapped, settles into nothing
    expect(store.data.http.awaiting).toBe(0);
  });

  it("makes a host call that rejects a Trap of kind host whose cause is the host's error", async () => {
    const { store, instance } = await linkedGuest(wiring);
    const cause = new Error("connection reset");
    store.data.http.arrival = () => Promise.reject(cause);
    const trap = await instance.callAsync("fetch-both", 0).catch((error: unknown) => error);
    expect(trap).toMatchObject({
      name: "Trap",
      kind: "host",
      message: "host function example:http/outgoing-handler#[async-lower]await-status failed: Error: connection reset",
      cause,
    });
    expect(instance.poisoned).toBe(true);
    expect(store.data.table.size).toBe(0);
  });
});

describe("the async ABI's rules, each broken once", () => {
  const broken: [string, string, number, string][] = [
    ["drops a subtask twice (a stale handle)", "fetch-both", 2, "unknown handle index 2"],
    ["joins a handle it made up", "fetch-both", 4, "unknown handle index 999"],
    ["exits without returning a result", "fetch-both", 3, "async-lifted export failed to produce a result"],
    [
      "waits on a set nothing can wake (a trap, not a hang)",
      "wait-on-nothing",
      0,
      "deadlock detected: event loop cannot make further progress (waitable set 1 has nothing running)",
    ],
  ];
  it.each(broken)("traps a guest that %s with a Trap of kind abi", async (_, name, mode, message) => {
    const { store, instance } = await linkedGuest("accessor");
    const trap = await instance.callAsync(name, ...(name === "fetch-both" ? [mode] : [])).catch((error: unknown) => error);
    expect(trap).toBeInstanceOf(Trap);
    expect(trap).toMatchObject({ kind: "abi", message });
    expect(instance.poisoned).toBe(true);
    expect(store.data.table.size).toBe(0);
  });

  it("returns a synchronous host function imported async-lowered at once (status RETURNED), its result written", async () => {
    const { instance } = await linkedGuest("accessor");
    expect(instance.call("status-at-once")).toBe(200);
  });

  it("refuses a guest importing an async function without [async-lower]: it would have to block", async () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinker(linker, outgoingHandler, (d) => new HttpViewHost(d));
    const module = await wat(`(module (import "example:http/outgoing-handler" "await-status" (func (param i32 i32))))`);
    expect(failure(() => linker.instantiate(new Store(new KitData()), module))).toMatchObject({
      name: "LinkError",
      message:
        "incompatible import type for `example:http/outgoing-handler::await-status`: expected type `(func (param i32 i32))`, " +
        "found an async host function, which the guest must import as `[async-lower]await-status`",
    });
  });

  it("checks an async-lowered import against the declared signature with its result pointer and status", async () => {
    const linker = new Linker<null>();
    linker.instance("host").funcWrapConcurrent("f", async () => 1, { params: ["i32"], results: ["i64"] });
    const module = await wat(`(module (import "host" "[async-lower]f" (func (param i32) (result i32))))`);
    expect(failure(() => linker.instantiate(new Store(null), module))).toMatchObject({
      name: "LinkError",
      message:
        "incompatible import type for `host::[async-lower]f`: types incompatible: " +
        "expected type `(func (param i32) (result i32))`, found type `(func (param i32 i32) (result i32))`",
    });
  });

  it("traps before the host runs when the result pointer is out of bounds or misaligned", async () => {
    let calls = 0;
    const linker = new Linker<null>();
    linker.instance("host").funcWrapConcurrent("f", async () => ++calls, { params: [], results: ["i32"] });
    const module = await wat(`(module (import "host" "[async-lower]f" (func $f (param i32) (result i32)))
      (memory (export "memory") 1)
      (func (export "at") (param i32) (result i32) (call $f (local.get 0))))`);
    const instance = () => linker.instantiate(new Store(null), module);
    expect(failure(() => instance().call("at", 65536))).toMatchObject({ kind: "memory" });
    expect(failure(() => instance().call("at", 2))).toMatchObject({
      kind: "memory",
      message: "result pointer 2 is not aligned to 4 bytes",
    });
    expect(calls).toBe(0);
  });
});

describe("what the two wirings do with the getter", () => {
  /** Runs fetch-both with a getter that numbers the hosts it makes, logging what happens on which host. */
  async function traced(wiring: Wiring): Promise<string[]> {
    const log: string[] = [];
    let made = 0;
    class TracedHost extends HttpViewHost {
      readonly id = ++made;
      override futureStatus(response: Resource<FutureIncomingResponse>): number {
        log.push(`futureStatus on host ${this.id}`);
        return super.futureStatus(response);
      }
      override async awaitStatus(response: Resource<FutureIncomingResponse>): Promise<number> {
        const status = await super.awaitStatus(response);
        log.push(`awaitStatus resumed on host ${this.id}`);
        return status;
      }
    }
    const { store, instance } = await linkedGuest(wiring, (d) => {
      const host = new TracedHost(d);
      log.push(`made host ${host.id}`);
      return host;
    });
    const waiting = gatedArrivals(store.data);
    const fetched = instance.callAsync("fetch-both", 0);
    await turn();
    log.push("arrived");
    for (const { arrive } of waiting) arrive();
    await fetched;
    return log;
  }

  const madeBefore = (log: string[], host: string) => log.indexOf(`made ${host}`) < log.indexOf("arrived");

  it("holds the host the getter returned at the start of the call across the await (addInterfaceToLinker)", async () => {
    const log = await traced("held host");
    const resumed = log.filter((line) => line.startsWith("awaitStatus resumed on "));
    expect(resumed).toHaveLength(2);
    for (const line of resumed) expect(madeBefore(log, line.replace("awaitStatus resumed on ", ""))).toBe(true);
  });

  it("reaches the store through the getter inside each accessor.with, none held across the await (addInterfaceToLinkerConcurrent)", async () => {
    const log = await traced("accessor");
    const statusReads = log.filter((line) => line.startsWith("futureStatus on "));
    expect(statusReads).toHaveLength(2);
    for (const line of statusReads) expect(madeBefore(log, line.replace("futureStatus on ", ""))).toBe(false);
    expect(log.some((line) => line.startsWith("awaitStatus"))).toBe(false);
  });
});

describe("Accessor", () => {
  interface Counted {
    n: number;
    readonly table: ResourceTable;
  }

  /**
   * A guest whose async export `run` calls `host#f` async-lowered and waits for it; its callback
   * returns what f wrote, or traps when `trapOnReturn`.
   */
  async function accessorOf(host: (accessor: Accessor<Counted>) => Promise<number>, trapOnReturn = false) {
    const linker = new Linker<Counted>();
    linker.instance("host").funcWrapConcurrent("f", host, { params: [], results: ["i32"] });
    const module = await wat(`(module
      (import "host" "[async-lower]f" (func $f (param i32) (result i32)))
      (import "$root" "[waitable-set-new]" (func $set_new (result i32)))
      (import "$root" "[waitable-join]" (func $join (param i32 i32)))
      (import "$root" "[subtask-drop]" (func $drop (param i32)))
      (import "[export]$root" "[task-return]run" (func $return (param i32)))
      (memory (export "memory") 1)
      (global $set (mut i32) (i32.const 0))
      (func (export "[async-lift]run") (result i32)
        (global.set $set (call $set_new))
        (call $join (i32.shr_u (call $f (i32.const 0)) (i32.const 4)) (global.get $set))
        (i32.or (i32.const 2) (i32.shl (global.get $set) (i32.const 4))))
      (func (export "[callback][async-lift]run") (param i32 i32 i32) (result i32)
        ${trapOnReturn ? "unreachable" : ""}
        (call $drop (local.get 1))
        (call $return (i32.load (i32.const 0)))
        (i32.const 0)))`);
    const store = new Store<Counted>({ n: 41, table: new ResourceTable() });
    return { store, instance: linker.instantiate(store, module) };
  }

  it("lends the store data inside with, and the guest gets what the host resolved with", async () => {
    const { store, instance } = await accessorOf(async (accessor) => {
      await turn();
      return accessor.with((access) => ++access.data.n);
    });
    expect(await instance.callAsync("run")).toBe(42);
    expect(store.data.n).toBe(42);
  });

  it("refuses with after the call it was made for ended (AccessorError ended)", async () => {
    let kept: Accessor<Counted> | undefined;
    const { instance } = await accessorOf(async (accessor) => ((kept = accessor), 1));
    await instance.callAsync("run");
    const error = failure(() => kept!.with((access) => access.data.n));
    expect(error).toBeInstanceOf(AccessorError);
    expect(error).toMatchObject({ kind: "ended", message: "the accessor of host#[async-lower]f was used after that call ended" });
  });

  it("refuses a with inside another with (AccessorError nested), failing the call as a Trap of kind host", async () => {
    const { instance } = await accessorOf(async (accessor) => accessor.with(() => accessor.with((access) => access.data.n)));
    const trap = await instance.callAsync("run").catch((error: unknown) => error);
    expect(trap).toMatchObject({ kind: "host", cause: expect.objectContaining({ name: "AccessorError", kind: "nested" }) });
  });

  it("refuses the Access, and the data it lent, once with has returned (AccessorError revoked)", async () => {
    const errors: unknown[] = [];
    const { instance } = await accessorOf(async (accessor) => {
      const data = accessor.with((access) => access.data);
      const access = accessor.with((access) => access);
      await turn();
      errors.push(failure(() => data.n), failure(() => access.get()));
      return 0;
    });
    await instance.callAsync("run");
    expect(errors).toEqual([
      expect.objectContaining({ kind: "revoked", message: "access.data (of host#[async-lower]f) used after its accessor.with returned" }),
      expect.objectContaining({ kind: "revoked", message: "access.get() (of host#[async-lower]f) used after its accessor.with returned" }),
    ]);
  });

  it("holds what the host pushes inside with for the instance: a guest trap after it releases it", async () => {
    const { store, instance } = await accessorOf(async (accessor) => {
      await turn();
      return accessor.with((access) => access.data.table.push(new ResolveAddressStream("kept", [])).rep);
    }, true);
    await expect(instance.callAsync("run")).rejects.toMatchObject({ kind: "guest" });
    expect(store.data.table.size).toBe(0);
  });

  it("calls the getter of withGetter on each access.get(), and methods of what it lends run on the real object", async () => {
    class Counter {
      #count = 0;
      bump(): number {
        return ++this.#count;
      }
    }
    const counter = new Counter();
    const { instance } = await accessorOf(async (accessor) => {
      const counted = accessor.withGetter(() => counter);
      counted.with((access) => access.get().bump());
      await turn();
      return counted.with((access) => access.get().bump());
    });
    expect(await instance.callAsync("run")).toBe(2);
  });
});

describe("a host function defined with funcWrapAsync", () => {
  it("gets the Caller and may hold it across its awaits", async () => {
    const linker = new Linker<{ n: number }>();
    linker.instance("host").funcWrapAsync(
      "f",
      async (caller: Caller<{ n: number }>) => {
        await turn();
        return caller.data.n;
      },
      { params: [], results: ["i32"] },
    );
    const module = await wat(`(module (import "host" "[async-lower]f" (func $f (param i32) (result i32)))
      (memory (export "memory") 1)
      (func (export "start") (result i32) (call $f (i32.const 8)))
      (func (export "result") (result i32) (i32.load (i32.const 8))))`);
    const instance = linker.instantiate(new Store({ n: 7 }), module);
    expect(instance.call("start")).toBe((1 << 4) | 1); // subtask 1, STARTED
    await turn();
    await turn();
    expect(instance.call("result")).toBe(7);
  });

  it("refuses a guest that expects its result as a direct return value", async () => {
    const linker = new Linker<null>();
    linker.instance("host").funcWrapAsync("f", async () => 1, { params: [], results: ["i32"] });
    const module = await wat(`(module (import "host" "f" (func (result i32))))`);
    expect(failure(() => linker.instantiate(new Store(null), module))).toBeInstanceOf(LinkError);
  });
});
