// Transforms: the JavaScript of a proposal's TypeScript files, made in the kit's process before it
// starts the proposal's processes, and given to each with its job (isolation.ts), so that a cell's
// process need not start esbuild: esbuild's start (its module, then its service process) was a
// quarter of such a process's time. Each is given with a hash of the text it was made from, and a
// process loads a file from it only while the file's text is still that text (loading.ts): a file
// changed since, or one left out here, it transforms itself, as it is then. They are kept in this
// process's memory only, never on disk, where a proposal's run could reach them.

import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";
import { transformer, type Transforms } from "./loading.ts";

/** The most files of a folder given (a proposal's folder holds a few dozen) ... */
const AHEAD_FILES = 500;
/** ... the largest file ... */
const AHEAD_BYTES = 1 << 20;
/** ... and the most code in all (each job carries it): any other file is transformed by the process that loads it. */
const AHEAD_CODE = 8 << 20;

interface Made {
  readonly textHash: string;
  readonly code: Promise<string | undefined>;
  /** esbuild refused it (or failed): made again next time, whatever the text. */
  failed: boolean;
}

/** Per folder, what the last call found and made of each file. */
const made = new Map<string, ReadonlyMap<string, Made>>();

/** Per folder, the call in progress: a call made meanwhile (a run's, a module load's) shares it. */
const making = new Map<string, Promise<Transforms>>();

/**
 * The transforms of the TypeScript files in `folder` and its subfolders (but node_modules and hidden
 * ones, declaration files, links and anything but regular files), as they are now; a file unchanged
 * since the last call is not transformed again. Never fails: what it cannot make, a process makes.
 */
export function transformAhead(folder: string): Promise<Transforms> {
  const started = making.get(folder) ?? transformFolder(folder).finally(() => making.delete(folder));
  making.set(folder, started);
  return started;
}

async function transformFolder(folder: string): Promise<Transforms> {
  try {
    const { textHash, transform } = await transformer();
    const before = made.get(folder);
    const now = new Map<string, Made>();
    const buffer = Buffer.alloc(AHEAD_BYTES + 1);
    for (const file of typeScriptFiles(folder, AHEAD_FILES)) {
      const text = regularFileText(file, buffer);
      if (text === undefined) continue;
      const hash = textHash(text);
      const kept = before?.get(file);
      if (kept !== undefined && kept.textHash === hash && !kept.failed) {
        now.set(file, kept);
        continue;
      }
      // a file esbuild refuses is left out: the process that loads it meets the same error, and its run reports it
      const fresh: Made = { textHash: hash, failed: false, code: transform(file, text).catch(() => ((fresh.failed = true), undefined)) };
      now.set(file, fresh);
    }
    made.set(folder, now);
    return await given(now);
  } catch {
    return {};
  }
}

/** The transforms made, up to AHEAD_CODE of code in all. */
async function given(files: ReadonlyMap<string, Made>): Promise<Transforms> {
  const codes = await Promise.all([...files.values()].map(({ code }) => code));
  let total = 0;
  const entries = [...files].flatMap(([file, { textHash }], index) => {
    const code = codes[index];
    if (code === undefined || (total += code.length) > AHEAD_CODE) return [];
    return [[file, { textHash, code }] as const];
  });
  return Object.fromEntries(entries);
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

/**
 * A file's text, if it is (still) a regular file, not a link, of less than `buffer`'s length (read
 * into it): never waits on a FIFO a run put in its place (opened without waiting, it is no regular
 * file), nor reads on from a file that grows. Read at once: a few dozen small files, which the
 * thread pool's round trips would make several times dearer.
 */
function regularFileText(file: string, buffer: Buffer): string | undefined {
  let handle: number | undefined;
  try {
    handle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    if (!fstatSync(handle).isFile()) return undefined;
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(handle, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return length === buffer.length ? undefined : buffer.toString("utf8", 0, length);
  } catch {
    return undefined;
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}
