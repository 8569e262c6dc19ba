// Code cache: V8's compiled code of a compiler's JavaScript, kept in the cache folder between runs,
// so a TypeScript 6 process (tsc, the service) starts without compiling its 6 to 9 MB of JavaScript
// again, nor the functions its check then runs. This is what tsc does itself from Node 22.1 on
// (its lib/tsc.js calls `module.enableCompileCache()`), done on every Node the kit supports.
//
// A file's code is kept under a hash of its bytes, its path, Node's version and the platform: V8
// checks only a file's length against its code, so the bytes must decide which code is used. V8
// refuses code made by another V8 or with other flags; the file is then compiled as usual and its
// code written anew. Code is written once, by a process that had none for a file, after its work
// (so it holds every function the work compiled), whole (to a temporary name, then renamed); the
// cache's pruning removes what no run used. Beside the code, the folder keeps which files the last
// process from the same entry (tsc's script, the API's module) loaded, which the next one reads and
// compiles before anything requires them (ahead.ts: before it is told what to check), and does not
// read again when they are, unless a file's status changed since. Nothing here changes what a
// compiler finds: only how soon it starts.

import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import Module from "node:module";
import { dirname, join, sep } from "node:path";
import { Script } from "node:vm";
import { CODE_FOLDER, hashText, markUsed, statusStamp, writeWhole, type ResultCache } from "./cache.ts";
import { fromSources } from "./package.ts";

/**
 * Whether a run keeps its compilers' code (and the command line starts tsc ahead): when the kit runs
 * from its build (dist/, as installed). From its sources (development, the tests) a compiler's
 * process would need the TypeScript loader, whose start costs more than the kept code saves; tsc
 * then runs as `node <tsc>`.
 */
export const keepsCompiledCode = !fromSources;

/** Where a run's compilers keep their code: `cache`'s code folder when they keep it (`keepsCompiledCode`), else nowhere. */
export function compiledCodeFolder(cache: ResultCache): string | undefined {
  return keepsCompiledCode ? cache.folder(CODE_FOLDER) : undefined;
}

/** The CommonJS module internals the cache takes the place of: Node's own compile step for one file. */
interface CompilingModule {
  exports: unknown;
  _compile(content: string, filename: string, format?: string): unknown;
}

/** Node's loaders of CommonJS files by extension: `.js` reads the file, then compiles it. */
type Loaders = Record<string, (this: unknown, module: CompilingModule, filename: string) => void>;

/** One file compiled, from kept code or not; `fresh` when its code is to be kept; `stamp`: the file's status when it was read ahead. */
interface Compiled {
  readonly content: string;
  readonly script: Script;
  readonly file: string;
  readonly fresh: boolean;
  readonly stamp?: string;
}

/**
 * The compiled code kept in `folder` for the CommonJS files under `within` (a compiler's folder of
 * code), as a process that starts from `entry` (tsc's script, the API's module) loads them.
 */
export class CodeCache {
  readonly #inside: string;
  readonly #loadedList: string;
  #lastLoaded: readonly string[];
  /** The files the last process from the same entry loaded, read and compiled when this cache was made. */
  readonly #prepared: Map<string, Compiled>;

  /** Reads and compiles the files the last process from `entry` loaded (their code kept, if it was). */
  constructor(
    readonly folder: string,
    within: string,
    entry: string,
  ) {
    this.#inside = within.endsWith(sep) ? within : `${within}${sep}`;
    this.#loadedList = join(folder, `loaded-${hashText(`${this.#inside}\0${entry}`)}.json`);
    this.#lastLoaded = readLoaded(this.#loadedList).filter((filename) => filename.startsWith(this.#inside));
    this.#prepared = new Map(this.#lastLoaded.flatMap((filename) => this.#compiledNow(filename)));
  }

  /**
   * From now on in this process, every CommonJS file under `within` is compiled from the code kept
   * for its bytes, if any (one compiled ahead, if its text is the same); when there was none, its
   * code is kept when this process exits, or when the returned function is called (a process that
   * may never exit by itself: the service, after its first check).
   */
  use(): () => void {
    const prototype = Module.prototype as unknown as CompilingModule;
    const compile = prototype._compile;
    const loaded: string[] = [];
    const toKeep: Compiled[] = [];
    const cache = this;
    // a file compiled ahead is not read again, unless it changed since: its text is the one compiled
    const loaders = (Module as unknown as { _extensions: Loaders })._extensions;
    const load = loaders[".js"]!;
    loaders[".js"] = function (module, filename) {
      const ready = cache.#prepared.get(filename);
      if (ready === undefined || ready.stamp !== stampOf(filename)) return load.call(this, module, filename);
      module._compile(ready.content, filename);
    };
    prototype._compile = function (this: CompilingModule, content, filename, format) {
      if (!filename.startsWith(cache.#inside) || (format !== undefined && format !== "commonjs")) return compile.call(this, content, filename, format);
      const ready = cache.#prepared.get(filename);
      cache.#prepared.delete(filename);
      const compiled = ready?.content === content ? ready : cache.#compiled(filename, Buffer.from(content, "utf8"), content);
      loaded.push(filename);
      if (compiled.fresh) toKeep.push(compiled);
      const wrapper = compiled.script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
      return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
    };
    const keepAll = () => {
      for (const { file, script } of toKeep.splice(0)) writeWhole(file, script.createCachedData());
      if (loaded.length > 0 && JSON.stringify(loaded) !== JSON.stringify(this.#lastLoaded)) {
        writeWhole(this.#loadedList, JSON.stringify(loaded));
        this.#lastLoaded = [...loaded];
      }
    };
    process.once("exit", keepAll);
    return keepAll;
  }

  /** A file read and compiled now, with its status then; nothing when unreadable. */
  #compiledNow(filename: string): [string, Compiled][] {
    try {
      const stamp = stampOf(filename);
      const bytes = readFileSync(filename);
      return [[filename, { ...this.#compiled(filename, bytes, bytes.toString("utf8")), stamp }]];
    } catch {
      return [];
    }
  }

  /** A file's text compiled as CommonJS, from the code kept for its bytes when there is some. */
  #compiled(filename: string, bytes: Buffer, content: string): Compiled {
    const file = join(this.folder, `${createHash("sha256").update(`${process.version}\0${process.arch}\0${filename}\0`).update(bytes).digest("hex").slice(0, 32)}.bin`);
    const cachedData = readIfThere(file);
    if (cachedData !== undefined) markUsed(file);
    const script = new Script(Module.wrap(content), { filename, ...(cachedData === undefined ? {} : { cachedData }) });
    return { content, script, file, fresh: cachedData === undefined || script.cachedDataRejected === true };
  }
}

/** A file's status (`statusStamp`), undefined when there is none. */
function stampOf(file: string): string | undefined {
  try {
    return statusStamp(statSync(file, { bigint: true }));
  } catch {
    return undefined;
  }
}

function readLoaded(file: string): string[] {
  try {
    const list: unknown = JSON.parse(readFileSync(file, "utf8"));
    return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === "string") : [];
  } catch {
    return [];
  }
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
