import { describe, expect, it } from "vitest";
import {
  addInterfaceToLinker,
  Caller,
  compileModule,
  HttpViewHost,
  ipNameLookup,
  KitData,
  LinkError,
  Linker,
  outgoingHandler,
  SocketsViewHost,
  Store,
  Trap,
  wat,
  WatError,
} from "accessor-kit";
import { failure } from "./failure.ts";

describe("Linker", () => {
  it("lists every import the linker does not define in one LinkError", async () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinker(linker, ipNameLookup, (data) => new SocketsViewHost(data));
    const module = await wat(`(module
      (import "example:sockets/ip-name-lookup" "resolve-addresses" (func (param i32 i32 i32)))
      (import "example:http/outgoing-handler" "handle" (func (param i32 i32 i32 i32)))
      (import "example:http/outgoing-handler" "future-status" (func (param i32 i32))))`);
    const error = failure(() => linker.instantiate(new Store(new KitData()), module));
    expect(error).toBeInstanceOf(LinkError);
    expect(error).toHaveProperty(
      "message",
      "the guest imports 2 undefined function(s): example:http/outgoing-handler#handle, example:http/outgoing-handler#future-status",
    );
  });

  it("rejects defining the same interface#function twice", () => {
    const linker = new Linker<KitData>();
    linker.instance("example:x").funcWrap("f", () => 1);
    expect(failure(() => linker.instance("example:x").funcWrap("f", () => 2))).toMatchObject({
      name: "LinkError",
      message: "example:x#f is already defined (call linker.allowShadowing(true) to replace it)",
    });
  });

  it("lets a later definition replace an earlier one once shadowing is allowed", async () => {
    const linker = new Linker<null>().allowShadowing(true);
    linker.instance("host").funcWrap("answer", () => 1);
    linker.instance("host").funcWrap("answer", () => 42);
    const module = await wat(`(module (import "host" "answer" (func $a (result i32))) (func (export "run") (result i32) (call $a)))`);
    expect(linker.instantiate(new Store(null), module).call("run")).toBe(42);
  });

  it("passes i64 parameters as bigint, f32 and f64 as number, and the store data through the caller", async () => {
    const linker = new Linker<{ seen: unknown[] }>();
    linker.instance("host").funcWrap("record", (caller: Caller<{ seen: unknown[] }>, wide: bigint, single: number, real: number) => {
      caller.data.seen.push(wide, single, real);
    });
    const module = await wat(`(module (import "host" "record" (func $r (param i64 f32 f64)))
      (func (export "run") (call $r (i64.const 9007199254740993) (f32.const 1.5) (f64.const 0.1))))`);
    const store = new Store({ seen: [] as unknown[] });
    linker.instantiate(store, module).call("run");
    expect(store.data.seen).toEqual([9007199254740993n, 1.5, 0.1]);
  });

  it("names the missing export when asked for a function the guest does not export", async () => {
    const instance = new Linker<null>().instantiate(new Store(null), await wat(`(module (func (export "run")))`));
    expect(failure(() => instance.func("walk"))).toMatchObject({
      name: "LinkError",
      message: 'the guest exports no function "walk" (exports: run)',
    });
  });

  it("refuses a guest importing an interface function with a parameter too few, naming the import, expected and found types", async () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinker(linker, outgoingHandler, (data) => new HttpViewHost(data));
    const module = await wat(`(module (import "example:http/outgoing-handler" "future-status" (func (param i32)))
      (memory (export "memory") 1))`);
    const error = failure(() => linker.instantiate(new Store(new KitData()), module));
    expect(error).toBeInstanceOf(LinkError);
    expect(error).toHaveProperty(
      "message",
      "incompatible import type for `example:http/outgoing-handler::future-status`: " +
        "types incompatible: expected type `(func (param i32))`, found type `(func (param i32 i32))`",
    );
  });

  it("checks a funcWrap function's parameter and result types against the signature it declares", async () => {
    const linker = new Linker<null>();
    linker.instance("host").funcWrap("wide", (_caller: Caller<null>, value: bigint) => value, { params: ["i64"], results: ["i64"] });
    const module = await wat(`(module (import "host" "wide" (func (param i32) (result i64))))`);
    expect(failure(() => linker.instantiate(new Store(null), module))).toMatchObject({
      name: "LinkError",
      message:
        "incompatible import type for `host::wide`: types incompatible: expected type `(func (param i32) (result i64))`, " +
        "found type `(func (param i64) (result i64))`",
    });
  });

  it("checks a funcWrap function without a declared signature by its arity", async () => {
    const linker = new Linker<null>();
    linker.instance("host").funcWrap("pair", (_caller: Caller<null>, a: number, b: number) => a + b);
    const module = await wat(`(module (import "host" "pair" (func (param i32) (result i32))))`);
    expect(failure(() => linker.instantiate(new Store(null), module))).toMatchObject({
      name: "LinkError",
      message: expect.stringMatching(
        /^incompatible import type for `host::pair`: types incompatible: expected type `\(func \(param i32\) \(result i32\)\)`, found a host function of 2 parameter\(s\)/,
      ),
    });
  });

  it("lists every missing and every incompatible import in one LinkError", async () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinker(linker, ipNameLookup, (data) => new SocketsViewHost(data));
    const module = await wat(`(module
      (import "example:sockets/ip-name-lookup" "resolve-addresses" (func (param i32 i32)))
      (import "example:sockets/ip-name-lookup" "drop-resolve-address-stream" (func (param i32)))
      (import "example:http/outgoing-handler" "handle" (func (param i32 i32 i32 i32))))`);
    expect((failure(() => linker.instantiate(new Store(new KitData()), module)) as Error).message.split("; ")).toEqual([
      "the guest imports 1 undefined function(s): example:http/outgoing-handler#handle",
      "incompatible import type for `example:sockets/ip-name-lookup::resolve-addresses`: types incompatible: " +
        "expected type `(func (param i32 i32))`, found type `(func (param i32 i32 i32))`",
      "incompatible import type for `example:sockets/ip-name-lookup::drop-resolve-address-stream`: types incompatible: " +
        "expected type `(func (param i32))`, found type `(func (param i32) (result i32))`",
    ]);
  });

  it("refuses a WebAssembly.Module it did not compile, whose import types Node 20 cannot tell", async () => {
    const bytes = await wat(`(module (import "host" "f" (func)))`);
    const linker = new Linker<null>();
    linker.instance("host").funcWrap("f", () => undefined);
    expect(failure(() => linker.instantiate(new Store(null), new WebAssembly.Module(bytes)))).toMatchObject({
      name: "LinkError",
      message: expect.stringMatching(/^cannot check this module's import types/),
    });
    expect(linker.instantiate(new Store(null), compileModule(bytes))).toBeDefined();
  });

  it("gives a host function with rest parameters every argument the guest passes", async () => {
    const linker = new Linker<{ seen: number[] }>();
    linker
      .instance("host")
      .funcWrap("all", (caller: Caller<{ seen: number[] }>, ...args: number[]) => void caller.data.seen.push(...args), {
        params: ["i32", "i32", "i32"],
        results: [],
      });
    const module = await wat(`(module (import "host" "all" (func $all (param i32 i32 i32)))
      (func (export "run") (call $all (i32.const 1) (i32.const 2) (i32.const 3))))`);
    const store = new Store({ seen: [] as number[] });
    linker.instantiate(store, module).call("run");
    expect(store.data.seen).toEqual([1, 2, 3]);
  });

  it("gives a host function with a default parameter the guest's argument, not the default", async () => {
    const linker = new Linker<null>();
    linker.instance("host").funcWrap("add", (_caller: Caller<null>, a: number, b = 100) => a + b, { params: ["i32", "i32"], results: ["i32"] });
    const module = await wat(`(module (import "host" "add" (func $add (param i32 i32) (result i32)))
      (func (export "run") (result i32) (call $add (i32.const 1) (i32.const 2))))`);
    expect(linker.instantiate(new Store(null), module).call("run")).toBe(3);
  });

  it("makes a host throw a Trap of kind host, keeping a null-prototype thrown value as its cause", async () => {
    const thrown = Object.assign(Object.create(null) as object, { reason: "no prototype" });
    const linker = new Linker<null>();
    linker.instance("host").funcWrap("fail", () => {
      throw thrown;
    });
    const module = await wat(`(module (import "host" "fail" (func $fail)) (func (export "run") (call $fail)))`);
    const error = failure(() => linker.instantiate(new Store(null), module).call("run"));
    expect(error).toBeInstanceOf(Trap);
    expect(error).toMatchObject({ kind: "host", message: "host function host#fail failed: [object Object]" });
    expect((error as Trap).cause).toBe(thrown);
  });

  it("defines every function of an interface through the shared wiring, and nothing else", () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinker(linker, ipNameLookup, (data) => new SocketsViewHost(data));
    for (const func of ipNameLookup.functions) expect(linker.has(ipNameLookup.name, func.name)).toBe(true);
    expect(linker.has("example:http/outgoing-handler", "handle")).toBe(false);
  });
});

describe("Instance.exports", () => {
  it("calls the guest through the same guard as call(): a guest trap is a Trap and poisons the instance", async () => {
    const module = await wat(`(module (func (export "trap") unreachable) (func (export "ok") (result i32) (i32.const 1)))`);
    const instance = new Linker<null>().instantiate(new Store(null), module);
    const exports = instance.exports as Record<string, () => number>;
    expect(failure(() => exports["trap"]!())).toMatchObject({ name: "Trap", kind: "guest" });
    expect(failure(() => exports["ok"]!())).toMatchObject({ name: "Trap", kind: "poisoned" });
    expect((instance.unguardedExports["ok"] as () => number)()).toBe(1);
  });
});

describe("Caller", () => {
  it("reads guest memory the guest grew after the host last looked at it", async () => {
    const linker = new Linker<{ read: string[] }>();
    linker.instance("host").funcWrap("take", (caller: Caller<{ read: string[] }>, ptr: number, len: number) => {
      caller.data.read.push(caller.readString(ptr, len));
    });
    const module = await wat(`(module (import "host" "take" (func $take (param i32 i32)))
      (memory (export "memory") 1)
      (data (i32.const 0) "before")
      (func (export "run")
        (call $take (i32.const 0) (i32.const 6))
        (drop (memory.grow (i32.const 1)))
        (i32.store8 (i32.const 70000) (i32.const 65))
        (call $take (i32.const 0) (i32.const 6))
        (call $take (i32.const 70000) (i32.const 1))))`);
    const store = new Store({ read: [] as string[] });
    linker.instantiate(store, module).call("run");
    expect(store.data.read).toEqual(["before", "before", "A"]);
  });

  it("traps when a guest without memory passes the host a string", async () => {
    const linker = new Linker<null>();
    linker.instance("host").funcWrap("take", (caller: Caller<null>, ptr: number, len: number) => caller.readString(ptr, len).length);
    const module = await wat(`(module (import "host" "take" (func $take (param i32 i32) (result i32)))
      (func (export "run") (result i32) (call $take (i32.const 0) (i32.const 1))))`);
    expect(failure(() => linker.instantiate(new Store(null), module).call("run"))).toMatchObject({
      name: "Trap",
      kind: "memory",
      message: 'the guest exports no memory named "memory"',
    });
  });
});

describe("wat", () => {
  it("reports a syntax error as one WatError naming line:column and the offending line", async () => {
    const error = await wat("(module\n  (func (export \"f\")\n    (i32.bogus))\n)", "broken.wat").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatError);
    expect(error).toMatchObject({ line: 3, column: 6 });
    expect((error as WatError).message).toMatch(/^broken\.wat:3:6: .*\(in: \(i32\.bogus\)\)\)$/);
  });
});
