// Code cache: V8's compiled code of a compiler's JavaScript, kept in the cache folder between runs,
// so a TypeScript 6 process (tsc, the service) starts without compiling its 6 to 9 MB of JavaScript
// again, nor the functions its check then runs. This is what tsc does itself from Node 22.1 on
// (its lib/tsc.js calls `module.enableCompileCache()`), done on every Node the kit supports.
//
// A file's code is kept under a hash of its text, Node's version and the platform: V8 checks only a
// file's length against its code, so the text must decide which code is used. V8 refuses code made
// by another V8 or with other flags; the file is then compiled as usual and its code written anew.
// Code is written once, by a process that had none for a file, after its work (so it holds every
// function the work compiled), whole (to a temporary name, then renamed); the cache's pruning removes
// what no run used. Beside the code, the folder keeps which files the last process loaded, so the
// next one can read and compile them before it is told what to check (ahead.ts). Nothing here
// changes what a compiler finds: only how soon it starts.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, join, sep } from "node:path";
import { Script } from "node:vm";
import { hashText, markUsed } from "./cache.ts";

/** The CommonJS module internals the cache takes the place of: Node's own compile step for one file. */
interface CompilingModule {
  exports: unknown;
  _compile(content: string, filename: string, format?: string): unknown;
}

/** One file compiled, from kept code or not; `fresh` when its code is to be kept. */
interface Compiled {
  readonly content: string;
  readonly script: Script;
  readonly file: string;
  readonly fresh: boolean;
}

/**
 * From now on in this process, every CommonJS file under `within` (a compiler's folder of code) is
 * compiled from the code kept in `folder` when there is some for its text; when there was none, its
 * code is kept there when this process exits, or when the returned function is called (a process
 * that may never exit by itself: the service, after its first check). The files the last process
 * loaded are read and compiled now, before anything requires them.
 */
export function useCodeCache(folder: string, within: string): () => void {
  const prototype = Module.prototype as unknown as CompilingModule;
  const compile = prototype._compile;
  const inside = within.endsWith(sep) ? within : `${within}${sep}`;
  const loadedList = join(folder, `loaded-${hashText(inside)}.json`);
  const lastLoaded = readLoaded(loadedList).filter((filename) => filename.startsWith(inside));
  const prepared = new Map(lastLoaded.flatMap((filename) => compiledNow(folder, filename)));
  const loaded: string[] = [];
  const toKeep: Compiled[] = [];
  prototype._compile = function (this: CompilingModule, content, filename, format) {
    if (!filename.startsWith(inside) || (format !== undefined && format !== "commonjs")) return compile.call(this, content, filename, format);
    const ready = prepared.get(filename);
    prepared.delete(filename);
    const compiled = ready?.content === content ? ready : compiledFrom(folder, filename, content);
    loaded.push(filename);
    if (compiled.fresh) toKeep.push(compiled);
    const wrapper = compiled.script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
  };
  const keepAll = () => {
    for (const { file, script } of toKeep.splice(0)) keep(file, script.createCachedData());
    if (loaded.length > 0 && JSON.stringify(loaded) !== JSON.stringify(lastLoaded)) keep(loadedList, Buffer.from(JSON.stringify(loaded)));
  };
  process.once("exit", keepAll);
  return keepAll;
}

/** A file read and compiled now, for the hook to take when it is required; nothing when unreadable. */
function compiledNow(folder: string, filename: string): [string, Compiled][] {
  try {
    return [[filename, compiledFrom(folder, filename, readFileSync(filename, "utf8"))]];
  } catch {
    return [];
  }
}

/** A file's text compiled as CommonJS, from the code kept for that text when there is some. */
function compiledFrom(folder: string, filename: string, content: string): Compiled {
  const file = join(folder, `${hashText(`${process.version}\0${process.arch}\0${filename}\0${content}`)}.bin`);
  const cachedData = readIfThere(file);
  if (cachedData !== undefined) markUsed(file);
  const script = new Script(Module.wrap(content), { filename, ...(cachedData === undefined ? {} : { cachedData }) });
  return { content, script, file, fresh: cachedData === undefined || script.cachedDataRejected === true };
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

/** Writes a file whole; best effort, as the result cache is: without it, the next process compiles again. */
function keep(file: string, data: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // a read-only or full cache folder
  }
}
