// Ahead: a JavaScript compiler's process (TypeScript 6's tsc) started before its program is known.
// Node's start and the compiler's 6 MB of code take a third of a second before tsc reads its first
// file; a command that will most likely check a program with it (`check`, whose proposal is new to
// the cache most of the time) starts one as the command line starts, before the kit's own modules
// load, and tells it where the compiled code is kept once the options are read (`compilersAheadFor`),
// so that it has read and compiled that code (code-cache.ts) by the time its program is known. A
// check takes it (`compilerProcess`); one not taken ends with this process, having done nothing.
//
// This module is loaded before everything else of the kit, so it imports only what locating a
// compiler needs.

import { spawn, type ChildProcessWithoutNullStreams as ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compilers, locateCompiler, type Compiler } from "./compilers.ts";
import { kitNodeOptions } from "./loading.ts";
import { kitRoot, siblingModule } from "./package.ts";

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
 * their process ids. Never fails: a compiler not installed is started when needed, and fails then.
 */
export function startCompilersAhead(): number[] {
  for (const compiler of compilers) {
    try {
      const { native } = locateCompiler(compiler);
      if (native === undefined && !ahead.has(compiler.id)) ahead.set(compiler.id, { child: unheld(start(compiler)) });
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
      started.child.stdin.end();
      ahead.delete(id);
    } else if (started.codeCache === undefined) {
      started.codeCache = codeCache ?? null;
      told(started.child, codeCache);
    }
  }
}

/**
 * A process of `compiler`'s tsc, told where its code is kept (`codeCache`), waiting for tsc's
 * arguments on its standard input: the one started ahead if it is alive and keeps its code there
 * (or has not been told yet), else a new one. The caller writes the arguments and ends the input.
 */
export function compilerProcess(compiler: Compiler, codeCache: string | undefined): ChildProcess {
  const started = ahead.get(compiler.id);
  ahead.delete(compiler.id);
  const alive = started !== undefined && started.child.exitCode === null && started.child.signalCode === null;
  if (alive && started.codeCache === undefined) return held(told(started.child, codeCache));
  if (alive && started.codeCache === (codeCache ?? null)) return held(started.child);
  started?.child.stdin.end();
  return told(start(compiler), codeCache);
}

/** Tells a compiler process where its code is kept (an empty line: nowhere). */
function told(child: ChildProcess, codeCache: string | undefined): ChildProcess {
  child.stdin.write(`${codeCache ?? ""}\n`);
  return child;
}

function start(compiler: Compiler): ChildProcess {
  const child = spawn(process.execPath, [...kitNodeOptions, runner, locateCompiler(compiler).bin], { cwd: kitRoot, stdio: ["pipe", "pipe", "pipe"] });
  // A process that ends before it is written to must not make this one fail.
  child.stdin.on("error", () => undefined);
  child.on("error", () => undefined);
  return child;
}

type Handle = { ref(): void; unref(): void };

/** The handles by which a child keeps this process alive. */
const handles = (child: ChildProcess) => [child, child.stdin, child.stdout, child.stderr] as unknown as Handle[];

/** A process started ahead does not keep this one alive, and ends with it (its input closes). */
function unheld(child: ChildProcess): ChildProcess {
  for (const handle of handles(child)) handle.unref();
  return child;
}

/** Taken: it keeps this process alive until it ends. */
function held(child: ChildProcess): ChildProcess {
  for (const handle of handles(child)) handle.ref();
  return child;
}
