// Ahead: a JavaScript compiler's process (TypeScript 6's tsc) started before its program is known.
// Node's start and the compiler's 6 MB of code take a third of a second before tsc reads its first
// file; a command that will most likely check a program with it (`check`, whose proposal is new to
// the cache most of the time) starts one as the command line starts, before the kit's own modules
// load. It reads and compiles the compiler's code from the code cache of the cache folder the
// environment names while the kit starts, is told the run's own folder once the options are read
// (`compilersAheadFor`; told another, it drops what it read), and takes the first program the run
// checks with tsc (`compilerProcess`). One the run does not need is let go as soon as the run knows
// (its input closed: it ends, having checked nothing), and at the latest when the run ends.
//
// This module is loaded before everything else of the kit, so it imports only what starting a
// compiler process needs.

import { spawn, type ChildProcessWithoutNullStreams as ChildProcess } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CODE_FOLDER } from "./cache.ts";
import { compilerNodeOptions, compilers, locateCompiler, type Compiler } from "./compilers.ts";
import { kitNodeOptions } from "./loading.ts";
import { kitRoot, siblingModule } from "./package.ts";
import { cacheFolder } from "./scratch.ts";

const runner = fileURLToPath(siblingModule("compiler-process", import.meta.url));

/** A compiler process not yet told its code cache folder (`codeCache` undefined) or its arguments. */
interface Started {
  readonly child: ChildProcess;
  codeCache?: string | null;
}

/** The processes started ahead, by compiler id. */
const ahead = new Map<string, Started>();

/**
 * Starts a process ahead for every configured compiler written in JavaScript, unless one is waiting;
 * their process ids. Each reads the compiled code kept in the cache folder the environment names
 * (the run's, unless its options name another: the process then drops what it read). Never fails:
 * a compiler not installed is started when needed, and fails then.
 */
export function startCompilersAhead(): number[] {
  const likely = join(cacheFolder(), CODE_FOLDER);
  for (const compiler of compilers) {
    try {
      const { native } = locateCompiler(compiler);
      if (native === undefined && !ahead.has(compiler.id)) ahead.set(compiler.id, { child: unheld(start(compiler, likely)) });
    } catch {
      // not installed: the run says so
    }
  }
  return [...ahead.values()].flatMap(({ child }) => child.pid ?? []);
}

/**
 * Tells the processes started ahead for the compilers a run uses (`used`) where compiled code is kept
 * (undefined: nowhere, `--no-cache`), and lets the others end.
 */
export function compilersAheadFor(used: readonly string[], codeCache: string | undefined): void {
  for (const [id, started] of ahead) {
    if (!used.includes(id) || started.child.exitCode !== null || started.child.signalCode !== null) {
      endCompilerAhead(id);
    } else if (started.codeCache === undefined) {
      started.codeCache = codeCache ?? null;
      told(started.child, codeCache);
    }
  }
}

/** Whether a process was started ahead for a compiler and not yet taken or let go. */
export function startedAhead(id: string): boolean {
  return ahead.has(id);
}

/** Lets the process started ahead for a compiler end: the run checks no program with its tsc alone. */
export function endCompilerAhead(id: string): void {
  ahead.get(id)?.child.stdin.end();
  ahead.delete(id);
}

/**
 * A process of `compiler`'s tsc, told where its code is kept (`codeCache`), waiting for tsc's
 * arguments on its standard input: the one started ahead if it is alive and keeps its code there
 * (or has not been told yet), else a new one; and which it is. The caller writes the arguments and
 * ends the input.
 */
export function compilerProcess(compiler: Compiler, codeCache: string | undefined): { child: ChildProcess; startedAhead: boolean } {
  const started = ahead.get(compiler.id);
  ahead.delete(compiler.id);
  const alive = started !== undefined && started.child.exitCode === null && started.child.signalCode === null;
  if (alive && started.codeCache === undefined) return { child: held(told(started.child, codeCache)), startedAhead: true };
  if (alive && started.codeCache === (codeCache ?? null)) return { child: held(started.child), startedAhead: true };
  started?.child.stdin.end();
  return { child: told(start(compiler), codeCache), startedAhead: false };
}

/** Tells a compiler process where its code is kept (an empty string: nowhere), in a line of JSON. */
function told(child: ChildProcess, codeCache: string | undefined): ChildProcess {
  child.stdin.write(`${JSON.stringify(codeCache ?? "")}\n`);
  return child;
}

function start(compiler: Compiler, likely?: string): ChildProcess {
  const child = spawn(process.execPath, [...kitNodeOptions, ...compilerNodeOptions, runner, locateCompiler(compiler).bin, ...(likely === undefined ? [] : [likely])], { cwd: kitRoot, stdio: ["pipe", "pipe", "pipe"] });
  // A process that ends before it is written to must not make this one fail.
  child.stdin.on("error", () => undefined);
  child.on("error", () => undefined);
  return child;
}

type Handle = { ref(): void; unref(): void };

/** The handles by which a child keeps this process alive. */
const handles = (child: ChildProcess) => [child, child.stdin, child.stdout, child.stderr] as unknown as Handle[];

/** A process started ahead does not keep this one alive, and ends after it (its input closes). */
function unheld(child: ChildProcess): ChildProcess {
  for (const handle of handles(child)) handle.unref();
  return child;
}

/** Taken: it keeps this process alive until it ends. */
function held(child: ChildProcess): ChildProcess {
  for (const handle of handles(child)) handle.ref();
  return child;
}
