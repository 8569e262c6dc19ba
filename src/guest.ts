// Guest: the real WebAssembly guests (WAT files in `guests/`), compiled once with `wat()`, and the
// one way to pass them a string (written into their memory at the input area). A process that takes
// compiled guests (`takeCompiledGuests`) loads a guest's binary from their folder when one was
// compiled from the same text by the same wabt and wat(), and then loads no wabt at all: a
// proposal's cell runs in a process of its own, and wabt's start-up was a fifth of its time. A
// process can also be handed a guest's binary itself (`takeGuestBinary`; a host-call measuring
// process is, a few hundred bytes on its command line).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { access, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Instance } from "./runtime/instance.ts";
import { compileModule } from "./runtime/module-types.ts";
import { wat } from "./runtime/wat.ts";

export type GuestName = "fetch" | "loop" | "concurrent";

const modules = new Map<GuestName, Promise<WebAssembly.Module>>();

export function loadGuest(name: GuestName): Promise<WebAssembly.Module> {
  let module = modules.get(name);
  if (module === undefined) {
    module = guestText(name).then(async (text) => compileModule(await binaryOf(name, text)));
    modules.set(name, module);
  }
  return module;
}

const guestText = (name: GuestName) => readFile(new URL(`../guests/${name}.wat`, import.meta.url), "utf8");

let compiledGuests: string | undefined;

/** This process takes the guests' binaries from `folder` (as `compileGuestsInto` left them), where one was compiled from the same text by the same wabt and wat(). */
export function takeCompiledGuests(folder: string): void {
  compiledGuests = folder;
}

/** Guest `name`'s binary, as this process compiles (or takes) it: what `takeGuestBinary` hands another process. */
export async function guestBinary(name: GuestName): Promise<Uint8Array> {
  return binaryOf(name, await guestText(name));
}

/** This process loads guest `name` from `binary` (another process's `guestBinary`), and no wabt for it. */
export function takeGuestBinary(name: GuestName, binary: Uint8Array): void {
  modules.set(name, Promise.resolve().then(() => compileModule(binary)));
}

/** Compiles the `names` guests into `folder` where it lacks them; how this process loads its own guests does not change. */
export async function compileGuestsInto(folder: string, names: readonly GuestName[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const name of names) {
    const text = await guestText(name);
    const kept = keptBinary(folder, name, text);
    try {
      await access(kept);
      continue;
    } catch {
      // not compiled yet
    }
    const temporary = `${kept}.${process.pid}.tmp`;
    await writeFile(temporary, await wat(text, `${name}.wat`));
    await rename(temporary, kept);
  }
}

/** Where a guest's binary is kept: named by a hash of its text, wabt's version and the wat() that compiles it. */
function keptBinary(folder: string, name: GuestName, text: string): string {
  const require = createRequire(import.meta.url);
  const wabt = (require("wabt/package.json") as { version: string }).version;
  const compiler = readFileSync(new URL(`./runtime/wat.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url));
  const hash = createHash("sha256").update(`${wabt}\0`).update(compiler).update("\0").update(text).digest("hex").slice(0, 32);
  return join(folder, `${name}-${hash}.wasm`);
}

/** The guest's binary: the kept one when this process takes them and it is there and valid, else compiled by wat(). */
async function binaryOf(name: GuestName, text: string): Promise<Uint8Array<ArrayBuffer>> {
  if (compiledGuests !== undefined) {
    try {
      const kept = new Uint8Array(await readFile(keptBinary(compiledGuests, name, text)));
      if (WebAssembly.validate(kept)) return kept;
    } catch {
      // not there: compile it
    }
  }
  return wat(text, `${name}.wat`);
}

const INPUT = 256;

/** Writes `text` into the guest's input area and returns the (ptr, len) pair to pass it by. */
export function guestString(instance: Instance, text: string): [ptr: number, len: number] {
  if (instance.memory === undefined) throw new Error("the guest exports no memory");
  const bytes = new TextEncoder().encode(text);
  new Uint8Array(instance.memory.buffer, INPUT, bytes.length).set(bytes);
  return [INPUT, bytes.length];
}
