// Guest: the real WebAssembly guests (WAT files in `guests/`), compiled once with `wat()`, and the
// one way to pass them a string (written into their memory at the input area). A process that keeps
// compiled guests (`keepCompiledGuests`) takes a guest's binary from there when one was compiled
// from the same text by the same wabt, and loads no wabt at all: a proposal's cell runs in a process
// of its own, and wabt's start-up was a fifth of that process's time.

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
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

/**
 * Keeps the guests' binaries in `folder` (each named by a hash of its text and wabt's version) and
 * takes them from there; the binaries of `names` are compiled now where the folder lacks them.
 */
export async function keepCompiledGuests(folder: string, names: readonly GuestName[] = []): Promise<void> {
  compiledGuests = folder;
  for (const name of names) await binaryOf(name, await guestText(name));
}

async function binaryOf(name: GuestName, text: string): Promise<Uint8Array<ArrayBuffer>> {
  if (compiledGuests === undefined) return wat(text, `${name}.wat`);
  const wabt = (createRequire(import.meta.url)("wabt/package.json") as { version: string }).version;
  const kept = join(compiledGuests, `${name}-${createHash("sha256").update(`${wabt}\0${text}`).digest("hex").slice(0, 32)}.wasm`);
  try {
    return new Uint8Array(await readFile(kept));
  } catch {
    // not compiled yet: compile it, and keep it where this process may write
  }
  const binary = await wat(text, `${name}.wat`);
  try {
    await mkdir(compiledGuests, { recursive: true });
    const temporary = `${kept}.${process.pid}.tmp`;
    await writeFile(temporary, binary);
    await rename(temporary, kept);
  } catch {
    // a folder this process may not write to (a confined cell process): the next one compiles again
  }
  return binary;
}

const INPUT = 256;

/** Writes `text` into the guest's input area and returns the (ptr, len) pair to pass it by. */
export function guestString(instance: Instance, text: string): [ptr: number, len: number] {
  if (instance.memory === undefined) throw new Error("the guest exports no memory");
  const bytes = new TextEncoder().encode(text);
  new Uint8Array(instance.memory.buffer, INPUT, bytes.length).set(bytes);
  return [INPUT, bytes.length];
}
