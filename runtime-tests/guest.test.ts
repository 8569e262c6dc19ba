import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addInterfaceToLinker,
  type Caller,
  guestString,
  HttpViewHost,
  ipNameLookup,
  ipv4,
  KitData,
  Linker,
  loadGuest,
  outgoingHandler,
  ResolveAddressStream,
  SocketsViewHost,
  Store,
  Trap,
  wat,
} from "accessor-kit";
import { compileGuestsInto, guestBinary, takeGuestBinary } from "../src/guest.ts";
import { failure } from "./failure.ts";

async function linkedGuest(data = new KitData()) {
  const linker = new Linker<KitData>();
  addInterfaceToLinker(linker, ipNameLookup, (d) => new SocketsViewHost(d));
  addInterfaceToLinker(linker, outgoingHandler, (d) => new HttpViewHost(d));
  const store = new Store(data);
  return { store, linker, instance: linker.instantiate(store, await loadGuest("fetch")) };
}

describe("the example guest, end to end", () => {
  it("resolves a name through sockets and sends the stream through http, sharing one table", async () => {
    const { store, instance } = await linkedGuest();
    expect(instance.call("fetch", ...guestString(instance, "localhost"))).toBe(200);
    expect(store.data.http.requests).toBe(1);
    expect(store.data.table.size).toBe(0);
  });

  it("reads the address the sockets ctx configures, passing the name through guest memory", async () => {
    const data = new KitData();
    data.sockets.names.set("example.com", [ipv4("93.184.216.34")]);
    const { instance } = await linkedGuest(data);
    expect(instance.call("first-address", ...guestString(instance, "example.com"))).toBe(ipv4("93.184.216.34") | 0);
  });

  it("answers the status the http ctx holds", async () => {
    const data = new KitData();
    data.http.status = 503;
    const { instance } = await linkedGuest(data);
    expect(instance.call("fetch-localhost")).toBe(503);
  });

  it("returns an unknown name to the guest as the error result name-unresolvable", async () => {
    const { instance, store } = await linkedGuest();
    expect(instance.call("fetch", ...guestString(instance, "nowhere.invalid"))).toBe(-1);
    expect(store.data.table.size).toBe(0);
  });

  it("returns a stale handle (used after drop) to the guest as the error result invalid-handle", async () => {
    const { instance } = await linkedGuest();
    expect(instance.call("use-after-drop")).toBe(-2);
  });

  it("returns a forged handle to the guest as the error result invalid-handle", async () => {
    const { instance } = await linkedGuest();
    expect(instance.call("forged-status", 0xdead_beef)).toBe(-2);
  });

  it("refuses to drop a stream whose response is still live (has-children)", async () => {
    const { instance, store } = await linkedGuest();
    expect(instance.call("drop-parent-first")).toBe(-3);
    expect(store.data.table.size).toBe(0);
  });
});

describe("traps", () => {
  it("makes a guest unreachable a Trap of kind guest, then poisons the instance", async () => {
    const { instance } = await linkedGuest();
    const trap = failure(() => instance.call("trap"));
    expect(trap).toBeInstanceOf(Trap);
    expect(trap).toMatchObject({ kind: "guest", message: expect.stringMatching(/guest trapped in "trap": unreachable/) });
    expect(() => instance.call("fetch-localhost")).toThrowError(
      expect.objectContaining({ name: "Trap", kind: "poisoned", message: expect.stringMatching(/trapped earlier/) }),
    );
  });

  it("keeps the store usable for a new instance after a trap", async () => {
    const { store, linker, instance } = await linkedGuest();
    expect(() => instance.call("trap")).toThrow(Trap);
    const fresh = linker.instantiate(store, await loadGuest("fetch"));
    expect(fresh.call("fetch-localhost")).toBe(200);
  });

  it("makes an out-of-bounds guest string a Trap of kind memory, never a silent read", async () => {
    const { instance } = await linkedGuest();
    expect(() => instance.call("out-of-bounds")).toThrowError(
      expect.objectContaining({ kind: "memory", message: "guest memory access 65530+100 is out of bounds (memory is 65536 bytes)" }),
    );
  });

  it("makes a host function that throws a Trap of kind host whose cause is the host's error", async () => {
    const linker = new Linker<KitData>();
    const cause = new Error("disk on fire");
    addInterfaceToLinker(linker, ipNameLookup, () => {
      throw cause;
    });
    addInterfaceToLinker(linker, outgoingHandler, (d) => new HttpViewHost(d));
    const instance = linker.instantiate(new Store(new KitData()), await loadGuest("fetch"));
    const trap = failure(() => instance.call("fetch-localhost"));
    expect(trap).toBeInstanceOf(Trap);
    expect(trap).toMatchObject({
      kind: "host",
      message: "host function example:sockets/ip-name-lookup#resolve-addresses failed: Error: disk on fire",
      cause,
    });
  });
});

describe("resources a trapped instance held", () => {
  it("releases the stream a host pushed before the guest's out-of-bounds return pointer trapped", async () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinker(linker, ipNameLookup, (d) => new SocketsViewHost(d));
    const module = await wat(`(module
      (import "example:sockets/ip-name-lookup" "resolve-addresses" (func $resolve (param i32 i32 i32)))
      (memory (export "memory") 1)
      (data (i32.const 0) "localhost")
      (func (export "run") (call $resolve (i32.const 0) (i32.const 9) (i32.const 65532))))`);
    const store = new Store(new KitData());
    expect(() => linker.instantiate(store, module).call("run")).toThrowError(expect.objectContaining({ kind: "memory" }));
    expect(store.data.table.size).toBe(0);
  });

  it("releases what a start function's host calls pushed before it trapped", async () => {
    const linker = new Linker<KitData>();
    linker.instance("host").funcWrap("open", (caller: Caller<KitData>) => caller.data.table.push(new ResolveAddressStream("opened", [])).rep);
    const module = await wat(`(module (import "host" "open" (func $open (result i32)))
      (func $start (drop (call $open)) unreachable)
      (start $start))`);
    const store = new Store(new KitData());
    expect(() => linker.instantiate(store, module)).toThrowError(expect.objectContaining({ name: "Trap", kind: "guest" }));
    expect(store.data.table.size).toBe(0);
  });

  it("releases the stream and response of a fetch whose status call throws", async () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinker(linker, ipNameLookup, (d) => new SocketsViewHost(d));
    class BrokenStatus extends HttpViewHost {
      override futureStatus(): number {
        throw new Error("status lost");
      }
    }
    addInterfaceToLinker(linker, outgoingHandler, (d) => new BrokenStatus(d));
    const store = new Store(new KitData());
    const instance = linker.instantiate(store, await loadGuest("fetch"));
    expect(() => instance.call("fetch-localhost")).toThrowError(
      expect.objectContaining({ kind: "host" }),
    );
    expect(store.data.table.size).toBe(0);
  });

  it("releases what earlier calls into the instance left with the guest, and nothing the host pushed itself", async () => {
    const { store, instance } = await linkedGuest();
    const hosts = store.data.table.push(new ResolveAddressStream("host's own", []));
    instance.call("resolve-and-keep");
    expect(store.data.table.size).toBe(2);
    expect(() => instance.call("trap")).toThrow(Trap);
    expect(store.data.table.size).toBe(1);
    expect(store.data.table.get(hosts).name).toBe("host's own");
  });
});

describe("compiled guests kept in a folder", () => {
  it("keep each guest's binary under a name from its text (and wabt's and wat()'s), the bytes wabt makes of it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-guests-"));
    try {
      await compileGuestsInto(folder, ["fetch"]);
      const kept = readdirSync(folder);
      expect(kept).toEqual([expect.stringMatching(/^fetch-[0-9a-f]{32}\.wasm$/)]);
      const text = readFileSync(new URL("../guests/fetch.wat", import.meta.url), "utf8");
      expect(new Uint8Array(readFileSync(join(folder, kept[0]!)))).toEqual(await wat(text, "fetch.wat"));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("a guest handed to another process as its binary", () => {
  it("is the bytes wabt makes of its text, and the process given it loads it as the guest", async () => {
    const text = readFileSync(new URL("../guests/loop.wat", import.meta.url), "utf8");
    const binary = await guestBinary("loop");
    expect(binary).toEqual(await wat(text, "loop.wat"));
    takeGuestBinary("loop", binary);
    expect(WebAssembly.Module.exports(await loadGuest("loop")).map(({ name }) => name)).toEqual(expect.arrayContaining(["loop-import", "last-result"]));
  });
});
