// Tsc: one compiler run over one program. The engine writes the program's tsconfig in its scratch
// folder (the kit's compiler options; `accessor-kit` mapped to the kit's sources or declarations, so
// cell folders outside the kit resolve it too), runs `tsc --pretty false --explainFiles` as a child
// process, and reads back the diagnostics (message chains included) and which file imports which
// (the compiler's own account, used to charge a design's errors to its cells).

import { fork, spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { compilerProcess, startedAhead } from "./ahead.ts";
import type { CompilerState, ResultCache } from "./cache.ts";
import { compilerNodeOptions, locateCompiler, type Compiler } from "./compilers.ts";
import { EngineError, displayPath, firstLine } from "./errors.ts";
import { readTsconfigOverrides } from "./cells.ts";
import { kitNodeOptions } from "./loading.ts";
import { cellPackages, fromSources, kitRoot, kitTypes, siblingModule } from "./package.ts";
import type { ServiceReply, ServiceRequest } from "./ts-service.ts";
import { scratchFolder } from "./scratch.ts";
import type { Diagnostic } from "./types.ts";

/** What one program checks: root files with the kit's options, or a finding folder's own tsconfig. */
export type Program = { readonly files: readonly string[] } | { readonly tsconfig: string };

export interface ProgramCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** Importer -> the files it imports, both absolute, as the compiler resolved them. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every file of the program (libraries included), absolute, as the compiler listed them. */
  readonly files: readonly string[];
}

/** A program's check as the result cache holds it (`hit`), or how to compute it and keep it. */
export interface CachedProgram {
  readonly hit?: ProgramCheck;
  /** Runs `check` (the caller's scheduling) and stores what a whole check found. */
  compute(check: (state: CompilerState | undefined) => Promise<ProgramCheck>): Promise<ProgramCheck>;
}

/**
 * A program's check from the result cache when neither the compiler, nor the program's
 * configuration, nor any file it read (nor the folders they lie in) changed; else how to compute it.
 */
export function cachedProgram(cache: ResultCache, compiler: Compiler, program: Program): CachedProgram {
  const identity = programIdentity(compiler, program);
  const hit = cache.lookup<StoredCheck>("program", identity);
  const compute = async (check: (state: CompilerState | undefined) => Promise<ProgramCheck>) => {
    const since = Date.now();
    const state = cache.stateFile("tsbuildinfo", identity);
    const checked = await check(state);
    if (state?.resume !== true) cache.store("program", identity, programInputs(checked.files, program), toStored(checked), since);
    return checked;
  };
  return hit === undefined ? { compute } : { hit: fromStored(hit), compute };
}

/** What a program's check is: which compiler at which version, over which configuration. */
function programIdentity(compiler: Compiler, program: Program): object {
  return { compiler: compiler.id, version: compiler.version, config: programConfig(program) };
}

/** How a program is checked: all optional. */
export interface CheckOptions {
  /** Where the compiler keeps its build info for the program (TS 7's; see CompilerState). */
  readonly state?: CompilerState | undefined;
  /** In the compiler's service, when it has one (default true); else by `tsc -p`. */
  readonly shared?: boolean;
  /** Where a JavaScript compiler's compiled code is kept between runs (code-cache.ts); none when undefined. */
  readonly codeCache?: string | undefined;
}

/**
 * A program checked by a compiler: through its service (one process that shares the library work
 * between programs, and keeps each program between checks) for a compiler with the JavaScript API
 * when `shared`, else by `tsc -p` in a process of its own, keeping its build info in `state` when
 * given (TS 7's: a compiler with a service keeps its programs warm there instead).
 */
export async function checkProgram(compiler: Compiler, program: Program, { state, shared = true, codeCache }: CheckOptions = {}): Promise<ProgramCheck> {
  const service = shared ? CompilerService.for(compiler, codeCache) : undefined;
  if (service === undefined) return checkWithTsc(compiler, program, compilerApi(compiler) === undefined ? state : undefined, codeCache);
  const config = writeProgramConfig(program);
  try {
    return fromStored(await service.check(config));
  } finally {
    unlinkSync(config);
  }
}

let keptWarm = false;

/** Whether the compilers are kept warm between runs (the watch mode): a compiler with a service then checks every program there. */
export function keepCompilersWarm(on: boolean): void {
  keptWarm = on;
}

/**
 * Whether a compiler checks a run's programs in its service: when it has one, and has more than one
 * program to check or is kept warm. One program alone in a run is what `tsc -p` checks as fast:
 * the service shares nothing then, and would add its start to the program's time.
 */
export function checksInService(compiler: Compiler, programs: number): boolean {
  return compilerApi(compiler) !== undefined && (programs > 1 || keptWarm);
}

/**
 * `tsc -p <the program's config> --pretty false --explainFiles` in a process of its own, its output
 * read. With `state`, `--incremental`: from a copy of that build info when it resumes from it, else
 * from nothing (a whole check, which leaves its build info); the new build info replaces the kept
 * one (renamed, whole) once tsc has said what it says, so two runs of one program never share a
 * file being written.
 */
export async function checkWithTsc(compiler: Compiler, program: Program, state?: CompilerState, codeCache?: string): Promise<ProgramCheck> {
  const config = writeProgramConfig(program);
  const buildInfo = state === undefined ? undefined : `${config}.tsbuildinfo`;
  try {
    if (state?.resume === true && buildInfo !== undefined) copyState(state.file, buildInfo);
    const incremental = buildInfo === undefined ? [] : ["--incremental", "--tsBuildInfoFile", buildInfo];
    const { code, stdout, stderr } = await runTsc(compiler, ["-p", config, "--pretty", "false", "--explainFiles", ...incremental], codeCache);
    const check = parseTscOutput(stdout);
    if (code !== 0 && check.diagnostics.length === 0) {
      throw new EngineError(`${compiler.id} (${displayPath(locateCompiler(compiler).bin)}) exited with ${code} and no diagnostics on ${"tsconfig" in program ? displayPath(program.tsconfig) : `a program of ${program.files.length} files`}: ${firstLine(stderr || stdout)}`);
    }
    if (state !== undefined && buildInfo !== undefined && existsSync(buildInfo)) keepState(buildInfo, state.file);
    return check;
  } finally {
    unlinkSync(config);
    if (buildInfo !== undefined) rmSync(buildInfo, { force: true });
  }
}

/** Copies the kept state for a check to start from; best effort: without it, the check starts from nothing. */
function copyState(from: string, to: string): void {
  try {
    copyFileSync(from, to);
  } catch {
    // none kept yet, or unreadable
  }
}

/** Moves a compiler's new state to where the next check finds it; best effort, as the result cache is. */
function keepState(from: string, to: string): void {
  try {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  } catch {
    // another file system, or no room: the next check starts from nothing
  }
}

/**
 * Writes the tsconfig of a program in the scratch folder and returns its path: the kit's compiler
 * options (and a finding folder's own), nothing emitted, `accessor-kit` mapped to the kit (and the
 * packages cells may import, to the kit's copies). The caller deletes it when done.
 */
export function writeProgramConfig(program: Program): string {
  const file = join(scratchFolder(), `tsconfig.${randomUUID()}.json`);
  writeFileSync(file, `${JSON.stringify(programConfig(program), null, 2)}\n`);
  return file;
}

/** The tsconfig of a program, as `writeProgramConfig` writes it. */
export function programConfig(program: Program): object {
  const packages = Object.fromEntries([...cellPackages].map(([name, { folder }]) => [name, [folder]]));
  const options = { noEmit: true, paths: { "accessor-kit": [kitTypes], ...packages }, ...kitTypeLibraries() };
  const base = join(kitRoot, "tsconfig.json");
  return "files" in program
    ? { extends: base, compilerOptions: options, files: program.files, include: [] }
    : { extends: [base, program.tsconfig], compilerOptions: options, ...ownFiles(program.tsconfig) };
}

/**
 * What a program's result depends on besides the compiler and its configuration: every file the
 * compiler read, the folders they lie in (a file added beside one may change how an import
 * resolves), the package.json that decides each file's module format, and the tsconfig files the
 * configuration extends.
 */
function programInputs(files: readonly string[], program: Program): string[] {
  const folders = [...new Set(files.map((file) => dirname(file)))];
  const tsconfigs = tsconfigChain(join(kitRoot, "tsconfig.json"));
  if ("tsconfig" in program) tsconfigs.push(...tsconfigChain(program.tsconfig));
  return [...files, ...folders, ...folders.flatMap((folder) => nearestPackageJson(folder) ?? []), ...tsconfigs];
}

/** A tsconfig and the local tsconfig files it extends, transitively. */
function tsconfigChain(tsconfig: string): string[] {
  let extended: unknown;
  try {
    extended = (JSON.parse(readFileSync(tsconfig, "utf8")) as { extends?: unknown }).extends;
  } catch {
    return [tsconfig]; // not strict JSON, or absent: its own hash still covers it
  }
  const relativeOnes = (Array.isArray(extended) ? extended : [extended]).filter((x): x is string => typeof x === "string" && x.startsWith("."));
  return [tsconfig, ...relativeOnes.flatMap((base) => tsconfigChain(resolve(dirname(tsconfig), base.endsWith(".json") ? base : `${base}.json`)))];
}

const packageJsonOf = new Map<string, string | undefined>();

/** The package.json nearest above a folder (which decides whether its .ts files are ES modules). */
function nearestPackageJson(folder: string): string | undefined {
  if (packageJsonOf.has(folder)) return packageJsonOf.get(folder);
  const own = join(folder, "package.json");
  const parent = dirname(folder);
  const found = existsSync(own) ? own : parent === folder ? undefined : nearestPackageJson(parent);
  packageJsonOf.set(folder, found);
  return found;
}

/** A ProgramCheck as JSON can hold it (and the service sends it). */
export interface StoredCheck {
  readonly diagnostics: readonly Diagnostic[];
  readonly imports: readonly (readonly [string, readonly string[]])[];
  readonly files: readonly string[];
}

function toStored(check: ProgramCheck): StoredCheck {
  return { diagnostics: check.diagnostics, imports: [...check.imports].map(([from, to]) => [from, [...to]] as const), files: check.files };
}

function fromStored(stored: StoredCheck): ProgramCheck {
  return { diagnostics: stored.diagnostics, imports: new Map(stored.imports.map(([from, to]) => [from, new Set(to)])), files: stored.files };
}

/**
 * The global type libraries a program needs for the kit: its sources use Node's (found where the
 * kit's own node_modules has them, since the config lies elsewhere); its declarations need none.
 */
function kitTypeLibraries(): { types: string[]; typeRoots?: string[] } {
  if (!fromSources) return { types: [] };
  const nodeTypes = createRequire(join(kitRoot, "package.json")).resolve("@types/node/package.json");
  return { types: ["node"], typeRoots: [dirname(dirname(nodeTypes))] };
}

/** A finding folder's files: its tsconfig's own `files`/`include` where it has them, else the whole folder. */
function ownFiles(tsconfig: string): { include?: string[] } {
  const own = readTsconfigOverrides(tsconfig);
  if (own.include !== undefined) return {};
  return own.files !== undefined ? { include: [] } : { include: [join(dirname(tsconfig), "**", "*")] };
}

const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error TS(\d+): (.*)$/;
const GLOBAL_DIAGNOSTIC = /^error TS(\d+): (.*)$/;
const FROM_FILE = / from file '(.+?)'(?: with packageId .*)?$/;

/**
 * Reads `tsc --pretty false --explainFiles` output: diagnostics (`file(line,col): error TSn: text`,
 * then indented lines of the message chain), then one block per program file (its path, then
 * indented lines saying why it is included, e.g. `Imported via "x" from file 'y'`). Paths are
 * relative to the kit root, where tsc runs.
 */
export function parseTscOutput(output: string): ProgramCheck {
  const diagnostics: { file: string; line: number; column: number; code: number; message: string[] }[] = [];
  const imports = new Map<string, Set<string>>();
  const files: string[] = [];
  let current: { readonly chain: string[] } | { readonly file: string } | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const located = DIAGNOSTIC.exec(line);
    const global = located === null ? GLOBAL_DIAGNOSTIC.exec(line) : null;
    if (located !== null || global !== null) {
      const [file, row, column, code, text] = located !== null ? located.slice(1) : ["", "0", "0", ...global!.slice(1)];
      const diagnostic = { file: file === "" ? "" : resolve(kitRoot, file!), line: Number(row), column: Number(column), code: Number(code), message: [text!] };
      diagnostics.push(diagnostic);
      current = { chain: diagnostic.message };
    } else if (!/^\s/.test(line)) {
      current = { file: resolve(kitRoot, line.trim()) };
      files.push(current.file);
    } else if (current !== undefined && "chain" in current) {
      current.chain.push(line.trim());
    } else if (current !== undefined) {
      const importer = FROM_FILE.exec(line)?.[1];
      if (importer === undefined) continue;
      const from = resolve(kitRoot, importer);
      imports.set(from, (imports.get(from) ?? new Set()).add(current.file));
    }
  }
  return { diagnostics: diagnostics.map((d) => ({ ...d, message: d.message.join("\n") })), imports, files };
}

interface TscOutput {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a compiler's `tsc`: TS 7's native executable itself; a JavaScript one as `node <tsc>`, or,
 * when its code is kept (`codeCache`) or a process was started ahead for it, in a compiler process
 * (ahead.ts: the one started ahead, if any, and a new one if that one turns out to have ended before
 * it was given the program).
 */
async function runTsc(compiler: Compiler, args: readonly string[], codeCache?: string): Promise<TscOutput> {
  const { bin, native } = locateCompiler(compiler);
  if (native !== undefined) return outputOf(compiler, spawn(native, args, { cwd: kitRoot }));
  if (codeCache === undefined && !startedAhead(compiler.id)) return outputOf(compiler, spawn(process.execPath, [...compilerNodeOptions, bin, ...args], { cwd: kitRoot }));
  const run = () => {
    const { child, startedAhead: taken } = compilerProcess(compiler, codeCache);
    child.stdin.end(`${JSON.stringify(args)}\n`);
    return { taken, output: outputOf(compiler, child) };
  };
  const first = run();
  const output = await first.output.catch((error: unknown) => (first.taken ? undefined : Promise.reject(error)));
  const endedUnused = output === undefined || (output.code !== 0 && output.stdout === "");
  return first.taken && endedUnused ? run().output : output!;
}

/** What a compiler's process prints until it ends; a failure when it cannot start or is killed. */
function outputOf(compiler: Compiler, child: ChildProcessWithoutNullStreams): Promise<TscOutput> {
  return new Promise((done, fail) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => fail(new EngineError(`cannot run ${compiler.id}: ${error.message}`)));
    child.on("close", (code, signal) => {
      const out = { code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") };
      if (signal !== null) fail(new EngineError(`${compiler.id} was killed by ${signal}`));
      else done(out);
    });
  });
}

/** The compiler's JavaScript API (`lib/typescript.js` in its package), or undefined when it has none (TS 7). */
function compilerApi(compiler: Compiler): string | undefined {
  const api = join(dirname(dirname(locateCompiler(compiler).bin)), "lib", "typescript.js");
  return existsSync(api) ? api : undefined;
}

/** Ends the compilers' service processes this process started, waiting for them to exit. */
export function stopCompilerServices(): Promise<void> {
  return CompilerService.stopAll();
}

const serviceModule = fileURLToPath(siblingModule("ts-service", import.meta.url));

/**
 * The client of one compiler's service process (ts-service.ts): started on the first program and
 * kept for the life of this process (a watch run keeps it warm), which it never keeps alive alone.
 */
class CompilerService {
  static readonly #running = new Map<string, CompilerService>();

  /** The compiler's running service, else a new one (with its compiled code kept in `codeCache`, when given); undefined for a compiler with no JavaScript API. */
  static for(compiler: Compiler, codeCache?: string): CompilerService | undefined {
    const running = CompilerService.#running.get(compiler.id);
    if (running !== undefined) return running;
    const api = compilerApi(compiler);
    if (api === undefined) return undefined;
    const service = new CompilerService(compiler, api, codeCache);
    CompilerService.#running.set(compiler.id, service);
    return service;
  }

  readonly #child: ChildProcess;
  readonly #pending = new Map<number, { readonly done: (check: StoredCheck) => void; readonly fail: (error: Error) => void }>();
  #next = 0;
  #stderr = "";

  private constructor(compiler: Compiler, api: string, codeCache: string | undefined) {
    this.#child = fork(serviceModule, codeCache === undefined ? [api] : [api, codeCache], { cwd: kitRoot, execArgv: [...kitNodeOptions, ...compilerNodeOptions], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.#child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (this.#stderr = (this.#stderr + chunk).slice(-4000)));
    this.#child.on("message", (reply: ServiceReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      this.#idle();
      if ("check" in reply) pending?.done(reply.check);
      else pending?.fail(new EngineError(`${compiler.id} failed on a program: ${reply.error}`));
    });
    this.#child.on("exit", (code, signal) => {
      CompilerService.#running.delete(compiler.id);
      const why = new EngineError(`${compiler.id}'s service ended (${signal ?? `status ${String(code)}`}): ${firstLine(this.#stderr) || "no message"}`);
      for (const { fail } of this.#pending.values()) fail(why);
      this.#pending.clear();
    });
    const stop = () => this.#child.kill();
    process.once("exit", stop);
    this.#idle();
  }

  /** Ends every running service and waits for each to exit (so a whole-process measure counts its CPU). */
  static async stopAll(): Promise<void> {
    await Promise.all([...CompilerService.#running.values()].map((service) => service.#stop()));
  }

  #stop(): Promise<void> {
    return new Promise((done) => {
      if (this.#child.exitCode !== null || this.#child.signalCode !== null) return done();
      this.#child.ref();
      this.#child.once("exit", () => done());
      this.#child.disconnect();
    });
  }

  check(config: string): Promise<StoredCheck> {
    const id = this.#next++;
    this.#holdOpen(true);
    return new Promise((done, fail) => {
      this.#pending.set(id, { done, fail });
      this.#child.send({ id, config } satisfies ServiceRequest);
    });
  }

  /** With nothing pending, the service does not keep this process alive. */
  #idle(): void {
    if (this.#pending.size === 0) this.#holdOpen(false);
  }

  /** Whether the child, its channel and its stderr pipe keep this process's event loop alive. */
  #holdOpen(hold: boolean): void {
    for (const handle of [this.#child, this.#child.channel, this.#child.stderr as (Readable & { ref(): void; unref(): void }) | null]) {
      if (hold) handle?.ref();
      else handle?.unref();
    }
  }
}
