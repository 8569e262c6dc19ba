// Guest: the real WebAssembly guests (WAT files in `guests/`), compiled once with `wat()`, and the
// one way to pass them a string (written into their memory at the input area).

import { readFile } from "node:fs/promises";
import type { Instance } from "./runtime/instance.ts";
import { compileModule } from "./runtime/module-types.ts";
import { wat } from "./runtime/wat.ts";

export type GuestName = "fetch" | "loop" | "concurrent";

const modules = new Map<GuestName, Promise<WebAssembly.Module>>();

export function loadGuest(name: GuestName): Promise<WebAssembly.Module> {
  let module = modules.get(name);
  if (module === undefined) {
    const url = new URL(`../guests/${name}.wat`, import.meta.url);
    module = readFile(url, "utf8").then(async (text) => compileModule(await wat(text, `${name}.wat`)));
    modules.set(name, module);
  }
  return module;
}

const INPUT = 256;

/** Writes `text` into the guest's input area and returns the (ptr, len) pair to pass it by. */
export function guestString(instance: Instance, text: string): [ptr: number, len: number] {
  if (instance.memory === undefined) throw new Error("the guest exports no memory");
  const bytes = new TextEncoder().encode(text);
  new Uint8Array(instance.memory.buffer, INPUT, bytes.length).set(bytes);
  return [INPUT, bytes.length];
}
