// Cache: results kept by content, so a run recomputes only what its inputs changed. An entry is
// found by its identity (what is computed: which compiler at which version, which program or cell,
// which options) and holds the inputs the computation read, each with a hash of its content: a
// file's bytes, a folder's list of names (so a file added beside an input, which could change how
// an import resolves, changes the key too), or "absent". An entry is used only when every recorded
// input still hashes the same; otherwise the work is done again and the entry replaced. The inputs
// come from the computation itself (every file the compiler read, as it says; every file rustc
// read, from its dep-info, or the files a refused crate's text names), so a change to any of them, or a new file beside one, is seen.
//
// Entries live in <cache folder>/results/<kind>/<hash of the identity>.json, written whole (to a
// temporary name, then renamed), so a run killed mid-write leaves no half entry. `--no-cache` (or
// `setCaching(false)`) neither reads nor writes them.
//
// A file is hashed once per status (device, inode, size, modification and change times): a run
// keeps the hashes it took, in <cache folder>/hashes.json, for the runs after it, but only of files
// that had not changed for SETTLED_MS when it looked (a file changed since has other times, whatever
// the file system's clock granularity); the rest are hashed again.
//
// The folder does not grow for ever: an entry found is marked used (its time set to now, at most
// once a day), and `pruneCache`, which the command line runs after a run (at most once a day for a
// cache folder), removes what no run used for UNUSED_DAYS: results, TypeScript 7's build info,
// compiled guests, the compilers' compiled code (code-cache.ts) and what the proposals' processes
// left in their temporary folder. What it removes is computed again when next needed.

import { createHash } from "node:crypto";
import { type BigIntStats, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheFolder } from "./scratch.ts";

/** The folder of the cache folder's that keeps the compilers' compiled code (code-cache.ts, `compiledCodeFolder`). */
export const CODE_FOLDER = "code";

/** Bump when the format of any entry changes: older entries are then never read. */
const FORMAT = 2;

let enabled = true;

/** Turns the result cache on or off for this process (the CLI's --no-cache). */
export function setCaching(on: boolean): void {
  enabled = on;
}

export function cachingEnabled(): boolean {
  return enabled;
}

interface Entry<T> {
  readonly format: number;
  readonly identity: unknown;
  /** Each input's path and the hash of its content when the value was computed. */
  readonly inputs: readonly (readonly [path: string, hash: string])[];
  readonly value: T;
}

/** Where results are looked up and stored: the cache folder's, or nowhere (`--no-cache`). */
export interface ResultCache {
  /** The value stored for `identity` when every input it recorded is unchanged; else undefined. */
  lookup<T>(kind: string, identity: unknown): T | undefined;
  /**
   * Stores `value` for `identity` with the inputs it was computed from (files or folders, absolute
   * paths; each hashed now), unless one of them changed since `since` (Date.now() when the
   * computation started: it may have read the old content). Best effort: a cache folder that cannot
   * be written loses the entry, not the run.
   */
  store(kind: string, identity: unknown, inputs: Iterable<string>, value: unknown, since: number): void;
  /** The folder of the cache folder's that keeps `kind` of things other than results (compiled guests, the compilers' compiled code); undefined when nothing is kept. */
  folder(kind: string): string | undefined;
  /**
   * Where a compiler keeps its own state for `identity` between runs (TypeScript 7's incremental
   * build info), and whether to start from it (`resumeCompilerState`); undefined when nothing is
   * kept (`--no-cache`: every program is checked from nothing).
   */
  stateFile(kind: string, identity: unknown): CompilerState | undefined;
}

/** A compiler's own state for one program: its file, and whether this check starts from it. */
export interface CompilerState {
  readonly file: string;
  /**
   * Start from it: the compiler rechecks only the files a change reaches. Only the watch mode's
   * re-runs do (`resumeCompilerState`), and what they find is shown, never stored: a check from
   * nothing visits the files in another order, which a few diagnostics depend on.
   */
  readonly resume: boolean;
}

let resuming = false;

/** Whether the checks from now on start from the compilers' kept state (the watch mode, after its first run). */
export function resumeCompilerState(on: boolean): void {
  resuming = on;
}

const folderCache: ResultCache = { lookup, store, folder: (kind) => join(cacheFolder(), kind), stateFile: (kind, identity) => ({ file: join(cacheFolder(), "state", kind, hashText(JSON.stringify(identity))), resume: resuming }) };
const noCache: ResultCache = { lookup: () => undefined, store: () => {}, folder: () => undefined, stateFile: () => undefined };

/** The cache to use: the cache folder's unless `on` (default: `setCaching`'s choice) is false. */
export function resultCache(on: boolean = enabled): ResultCache {
  return on ? folderCache : noCache;
}

function lookup<T>(kind: string, identity: unknown): T | undefined {
  const file = entryPath(kind, identity);
  let entry: Entry<T>;
  try {
    entry = JSON.parse(readFileSync(file, "utf8")) as Entry<T>;
  } catch {
    return undefined;
  }
  if (entry.format !== FORMAT || JSON.stringify(entry.identity) !== JSON.stringify(identity)) return undefined;
  const changed = entry.inputs.find(([path, hash]) => inputHash(path) !== hash);
  if (changed === undefined) {
    markUsed(file);
    return entry.value;
  }
  if (process.env["ACCESSOR_KIT_CACHE_DEBUG"]) process.stderr.write(`accessor-kit: cache: ${kind} computed again: ${changed[0]} changed\n`);
  return undefined;
}

function store(kind: string, identity: unknown, inputs: Iterable<string>, value: unknown, since: number): void {
  const paths = [...new Set(inputs)].sort();
  if (paths.some((path) => changedSince(path, since))) return;
  const entry: Entry<unknown> = { format: FORMAT, identity, inputs: paths.map((path) => [path, inputHash(path)] as const), value };
  // A read-only or full cache folder loses the entry: the next run computes again.
  writeWhole(entryPath(kind, identity), JSON.stringify(entry));
}

/**
 * Writes a file of the cache folder whole (to a temporary name, then renamed), so that no reader
 * ever sees half of it; best effort: a read-only or full cache folder loses what it would have kept.
 */
export function writeWhole(file: string, data: string | Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // what was not written is computed again when next needed
  }
}

function changedSince(path: string, since: number): boolean {
  if (path.startsWith(TREE)) return listing(path.slice(TREE.length)).some((inside) => changedSince(inside, since));
  try {
    const status = statSync(path);
    return Math.max(status.mtimeMs, status.ctimeMs) >= since;
  } catch {
    return false;
  }
}

function entryPath(kind: string, identity: unknown): string {
  return join(cacheFolder(), "results", kind, `${hashText(JSON.stringify(identity))}.json`);
}

export function hashText(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/**
 * Hashes already taken in this process, by path, with the file's status when taken: a file is
 * hashed again only when its device, inode, size, modification or change time moved (a watch run
 * sees every edit). Within one round (an evaluation; see `newRound`) a path is looked at once.
 */
const known = new Map<string, { readonly stamp: string; readonly hash: string; round: number }>();
let round = 0;

/** Where the hashes earlier runs took are kept, in the cache folder. */
const KEPT_HASHES = "hashes.json";
/**
 * A hash is kept for later runs only when its file had not changed for this long when its status
 * was read: a file system that keeps times to the second (or two) could leave a change made just
 * after with the times the hash was kept with, and the change unseen (git's index guards against
 * the same). A change after a settled file's status was read gives it other times.
 */
const SETTLED_MS = 3000;
/** The most hashes kept, those used last: a run of the whole matrix looks at about a thousand paths. */
const KEPT_MOST = 8000;

/**
 * The hashes earlier runs took, by path, with the status they were taken at (read from the cache
 * folder on first use; written back, whole, when this process exits, if it took new ones): a run
 * hashes only the files that changed, or that changed too shortly before a run hashed them.
 */
class KeptHashes {
  static #loaded: KeptHashes | undefined;

  static get(): KeptHashes {
    return (KeptHashes.#loaded ??= new KeptHashes(join(cacheFolder(), KEPT_HASHES)));
  }

  readonly #entries: Map<string, { readonly stamp: string; readonly hash: string }>;
  #changed = false;

  private constructor(readonly file: string) {
    let read: unknown;
    try {
      read = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      read = undefined;
    }
    const valid = (entry: unknown): entry is [string, { stamp: string; hash: string }] =>
      Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1]?.stamp === "string" && typeof entry[1]?.hash === "string";
    const format = (read as { format?: unknown } | undefined)?.format;
    const entries = (read as { entries?: unknown } | undefined)?.entries;
    this.#entries = new Map(format === FORMAT && Array.isArray(entries) ? entries.filter(valid) : []);
    process.once("exit", () => this.#write());
  }

  /** The hash kept for `path` at `stamp`, if any (and it is then kept among the last used). */
  find(path: string, stamp: string): string | undefined {
    const entry = this.#entries.get(path);
    if (entry?.stamp !== stamp) return undefined;
    this.#entries.delete(path);
    this.#entries.set(path, entry);
    return entry.hash;
  }

  /** Keeps a hash just taken, if its file had settled when its status was read (`changedMs`, `readAtMs`). */
  keep(path: string, stamp: string, hash: string, changedMs: number, readAtMs: number): void {
    if (readAtMs - changedMs < SETTLED_MS) return;
    this.#entries.delete(path);
    this.#entries.set(path, { stamp, hash });
    this.#changed = true;
  }

  /** Best effort, as every write to the cache folder: without it, the next run hashes again. */
  #write(): void {
    if (this.#changed) writeWhole(this.file, JSON.stringify({ format: FORMAT, entries: [...this.#entries].slice(-KEPT_MOST) }));
  }
}

/** Starts a new round: every input is looked at again (its status, and its bytes if that moved). */
export function newRound(): void {
  round++;
}

/** A file's status in one string: device, inode, size, modification and change times (ns); another whenever the file is written. */
export function statusStamp(status: BigIntStats): string {
  return `${status.dev}:${status.ino}:${status.size}:${status.mtimeNs}:${status.ctimeNs}`;
}

/** The hash of a file's bytes, of a folder's sorted names (`d:` for subfolders), or "absent". */
export function inputHash(path: string): string {
  const seenThisRound = known.get(path);
  if (seenThisRound?.round === round) return seenThisRound.hash;
  if (path.startsWith(TREE)) {
    const hash = hashText(listing(path.slice(TREE.length)).map((inside) => `${inside}\0${inputHash(inside)}`).join("\n"));
    known.set(path, { stamp: "", hash, round });
    return hash;
  }
  let stamp: string;
  let folder: boolean;
  let changedMs: number;
  const readAtMs = Date.now();
  try {
    const status = statSync(path, { bigint: true });
    folder = status.isDirectory();
    stamp = statusStamp(status);
    changedMs = Number((status.mtimeNs > status.ctimeNs ? status.mtimeNs : status.ctimeNs) / 1_000_000n);
  } catch {
    known.set(path, { stamp: "", hash: "absent", round });
    return "absent";
  }
  const seen = known.get(path);
  if (seen !== undefined && seen.stamp === stamp) {
    seen.round = round;
    return seen.hash;
  }
  const kept = KeptHashes.get().find(path, stamp);
  if (kept !== undefined) {
    known.set(path, { stamp, hash: kept, round });
    return kept;
  }
  const hash = folder
    ? hashText(
        readdirSync(path, { withFileTypes: true })
          .map((entry) => `${entry.isDirectory() ? "d:" : ""}${entry.name}`)
          .sort()
          .join("\n"),
      )
    : hashText(readFileSync(path));
  known.set(path, { stamp, hash, round });
  KeptHashes.get().keep(path, stamp, hash, changedMs, readAtMs);
  return hash;
}

/** Files and the folders they lie in, as inputs (a file added beside one may change what an import resolves to). */
export function filesAndFolders(files: Iterable<string>): string[] {
  const all = [...files];
  return [...all, ...all.map((file) => dirname(file))];
}

/** How an input names a folder and everything in it (`treeInput`). */
const TREE = "tree:";

/**
 * A folder and everything under it (but node_modules and dot folders) as one input, whose hash
 * covers every file's and every folder's (a tree of a few hundred files is then one input of each
 * entry that depends on it, not a few hundred).
 */
export function treeInput(folder: string): string {
  return `${TREE}${folder}`;
}

/** Each tree's files and folders, as listed in a round. */
const listed = new Map<string, { readonly files: readonly string[]; readonly round: number }>();

/** A tree's files and folders, listed once a round (a file added later changes its folder's names, which are listed). */
function listing(folder: string): readonly string[] {
  const seen = listed.get(folder);
  if (seen?.round === round) return seen.files;
  const files = filesUnder(folder).sort();
  listed.set(folder, { files, round });
  return files;
}

/** Every file under `folder` (recursively, skipping node_modules and dot folders) and the folders themselves. */
function filesUnder(folder: string): string[] {
  const found: string[] = [folder];
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) found.push(...filesUnder(path));
    } else {
      found.push(path);
    }
  }
  return found;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** What no run used for this many days is removed from the cache folder. */
const UNUSED_DAYS = 30;
/** The parts of the cache folder pruned (its tmp/ is the running processes' own: scratch.ts). */
const PRUNED = ["results", "state", "guests", CODE_FOLDER, "child-tmp"];

/** Sets a file's time to now, when it is older than a day (a used entry is then not pruned). */
export function markUsed(file: string): void {
  try {
    if (statSync(file).mtimeMs < Date.now() - DAY_MS) utimesSync(file, new Date(), new Date());
  } catch {
    // A read-only cache folder: the entry may be pruned, and is then computed again.
  }
}

/**
 * Removes from `folder` (the cache folder) every file of its results, build info, compiled guests,
 * compiled code and the proposals' temporary folder not used (not changed, nor marked used) for UNUSED_DAYS, and
 * the folders that leaves empty that had not changed either; links are removed, never followed.
 * Does nothing when caching is off or when it ran less than a day before (`pruned` in the folder
 * says when); never fails. The number of files removed.
 */
export function pruneCache(folder: string = cacheFolder(), now: number = Date.now()): number {
  if (!enabled) return 0;
  const marker = join(folder, "pruned");
  try {
    if (statSync(marker).mtimeMs > now - DAY_MS) return 0;
  } catch {
    // never pruned
  }
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(marker, "");
    utimesSync(marker, new Date(now), new Date(now));
  } catch {
    return 0; // a cache folder it cannot write: nothing was written there either
  }
  const before = now - UNUSED_DAYS * DAY_MS;
  let removed = 0;
  const prune = (path: string, top: boolean): void => {
    let entries;
    let unchanged: boolean;
    try {
      // a folder nothing was added to or removed from since `before` (one just made is not removed)
      unchanged = !top && lstatSync(path).mtimeMs < before;
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const inner = join(path, entry.name);
      try {
        if (entry.isDirectory()) prune(inner, false);
        else if (lstatSync(inner).mtimeMs < before) {
          unlinkSync(inner);
          removed++;
        }
      } catch {
        // gone already, or not ours to remove
      }
    }
    if (unchanged) {
      try {
        rmdirSync(path); // only when empty
      } catch {
        // not empty
      }
    }
  };
  for (const part of PRUNED) prune(join(folder, part), true);
  return removed;
}
