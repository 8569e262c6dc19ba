// Transforms: the JavaScript of a proposal's TypeScript files, made in the kit's process before it
// starts the proposal's processes, and given to each with its job (isolation.ts), so that a cell's
// process starts no esbuild of its own: esbuild's start (its module, then its service process) was a
// quarter of such a process's time. Each is given with a hash of the text it was made from, and a
// process loads a file from it only while the file's text is still that text (loading.ts): a file
// changed since, or one left out here, it transforms itself, as it is then. They are kept in this
// process's memory only, never on disk, where a proposal's run could reach them.

import { constants, readdirSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { transformer, type Transforms } from "./loading.ts";

/** The most files of a folder given ahead (a proposal's folder holds a few dozen) ... */
const AHEAD_FILES = 500;
/** ... and the largest; any other is transformed by the process that loads it. */
const AHEAD_BYTES = 1 << 20;

/** Each file's latest transform in this process: the hash of the text it was made from, and the code (undefined: esbuild refused it). */
const made = new Map<string, { readonly text: string; readonly code: Promise<string | undefined> }>();

/**
 * The transforms of the TypeScript files in `folder` and its subfolders (but node_modules and hidden
 * ones, declaration files, and anything but regular files), as they are now; a file unchanged since
 * the last call is not transformed again.
 */
export async function transformAhead(folder: string): Promise<Transforms> {
  const { textHash, transform } = await transformer();
  const given: [string, string, Promise<string | undefined>][] = [];
  for (const file of typeScriptFiles(folder, AHEAD_FILES)) {
    const text = await regularFileText(file);
    if (text === undefined) continue;
    const hash = textHash(text);
    let latest = made.get(file);
    if (latest?.text !== hash) {
      // a file esbuild refuses is left out: the process that loads it meets the same error, and its run reports it
      latest = { text: hash, code: transform(file, text).catch(() => undefined) };
      made.set(file, latest);
    }
    given.push([file, hash, latest.code]);
  }
  const codes = await Promise.all(given.map(([, , code]) => code));
  return Object.fromEntries(given.flatMap(([file, text], index) => (codes[index] === undefined ? [] : [[file, { text, code: codes[index] }]])));
}

/** Up to `most` TypeScript files under `folder`, found without following links. */
function typeScriptFiles(folder: string, most: number): string[] {
  const found: string[] = [];
  const walk = (at: string): void => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return; // an unreadable folder: its files are transformed where they load, if they do
    }
    for (const entry of entries) {
      if (found.length >= most) return;
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      if (entry.isDirectory()) walk(join(at, entry.name));
      else if (entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) found.push(join(at, entry.name));
    }
  };
  walk(folder);
  return found;
}

/** A file's text, if it is (still) a regular file of at most AHEAD_BYTES: never waits on a FIFO a run put in its place. */
async function regularFileText(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    return stats.isFile() && stats.size <= AHEAD_BYTES ? await handle.readFile("utf8") : undefined;
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
