// Isolation: a proposal's code runs in child processes, never in the kit's. Each cell's run is a node
// process of its own (cell-process.ts), started ahead so that loading the kit overlaps the
// compilers' work, with a time limit from the moment it is given the run, a V8
// heap limit, and, where this node has it, the permission model: reads anywhere, writes only inside
// the proposal's folder and the child's own temporary folder (child processes and workers are
// refused to the proposal's code by cell-process.ts itself). Its stdout and
// stderr are captured and kept with its result. The result is the kit's reading of what the process
// sent and how it ended: a message that is not a result, an exit before one, a signal, the heap
// limit, the time limit are each a failed run at the stage the process had reached, in one line.
//
// A run, and a module's load, is kept in the result cache like a kit cell's run (evaluate.ts,
// `loadIsolatedModuleCached`), unless a limit or a crash ended it; the processes take the fetch
// guest's binary from the cache folder, compiled by this one, so a run of it loads no wabt, and are
// given the JavaScript this one made of the folder's TypeScript files with their job
// (transforms.ts), so they start no esbuild.
//
// This keeps a proposal's mistakes (and its output) out of the kit's process and its report; it is
// no sandbox for hostile code (docs/proposals.md says what it does not stop).

import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildMessage, IsolatedJob, ScenarioInfo } from "./cell-process.ts";
import { confinedProcess, STARTUP_MS, type RunLimits } from "./confinement.ts";
import { kitNodeOptions, type Transforms } from "./loading.ts";
import { compileGuestsInto } from "../guest.ts";
import { filesAndFolders, type ResultCache } from "./cache.ts";
import { errorLine } from "./errors.ts";
import { kitModule, siblingModule } from "./package.ts";
import { runtimeInputs } from "./runtime.ts";
import { transformAhead } from "./transforms.ts";
import type { RunEnd, RunOutput, RunStage, RuntimeFailure } from "./types.ts";

/** The most of each stream kept per run. */
const OUTPUT_CHARS = 4_000;

const childModule = fileURLToPath(siblingModule("cell-process", import.meta.url));

/**
 * The runs of one isolated folder's cells, each in a child process of its own. Processes are started
 * ahead (as many as there are cores, fewer when fewer runs are expected) and load the kit while the
 * compilers still work; each takes one job, and another is started while runs remain expected.
 */
export class IsolatedRuns {
  readonly #warm: Promise<Child>[] = [];
  readonly #transforms: Promise<Transforms>;
  #expected: number;

  constructor(
    private readonly folder: string,
    private readonly limits: RunLimits,
    expected: number,
    private readonly cache: ResultCache,
  ) {
    this.#expected = expected;
    this.#transforms = expected === 0 ? Promise.resolve({}) : transformAhead(folder);
    for (let count = Math.min(expected, cores()); count > 0; count--) this.#warm.push(this.#start());
  }

  #start(): Promise<Child> {
    return Child.start(this.folder, this.limits, this.cache);
  }

  /** Runs a proposal's cell; its process may write in the folder, and nowhere else. */
  async cell(job: Extract<IsolatedJob, { kind: "cell" }>): Promise<IsolatedRunEnd> {
    this.#expected--;
    const child = this.#warm.shift() ?? this.#start();
    if (this.#expected > this.#warm.length) this.#warm.push(this.#start());
    const { message, failure, output } = await (await child).run({ ...job, transforms: await this.#transforms });
    const withOutput = output.stdout === "" && output.stderr === "" ? {} : { output };
    if (failure !== undefined) return { ...failure, ...withOutput, sentByTheCell: false };
    const result = message !== undefined && "result" in message ? resultOf(message.result) : undefined;
    if (result === undefined) return { pass: false, stage: "import", error: "its process sent something that is not a result", ...withOutput, sentByTheCell: false };
    return { ...result, ...withOutput, sentByTheCell: true, loaded: loadedFiles(message) };
  }

  /** Ends the processes started for runs that did not come. */
  async close(): Promise<void> {
    const unused = this.#warm.splice(0);
    for (const child of await Promise.all(unused)) child.end();
  }
}

/**
 * How a proposal's cell's run ended, with what it printed. `sentByTheCell`: the process sent the
 * run's own result; not when a limit, a crash or the machine ended it first (a run the time limit
 * ended under load may pass on a quieter machine, so such an end is not kept in the result cache).
 * `loaded`: the files its run loaded, as it says (what the result is kept against, besides what the
 * compiler saw).
 */
export type IsolatedRunEnd = RunEnd & { readonly output?: RunOutput; readonly sentByTheCell: boolean; readonly loaded?: readonly string[] };

/** The files a process says its run loaded (absolute paths only; anything else it sent is dropped). */
function loadedFiles(message: ChildEnd["message"]): string[] {
  const loaded: unknown = message === undefined ? undefined : (message as { loaded?: unknown }).loaded;
  return Array.isArray(loaded) ? loaded.filter((file): file is string => typeof file === "string" && isAbsolute(file)) : [];
}

/** A module of a proposal's, loaded in a child process: it loads (and says what scenario it is, when asked), or why not. */
export type ModuleLoad = { readonly pass: true; readonly scenario?: ScenarioInfo; readonly loaded?: readonly string[] } | RuntimeFailure;

/** Loads `module` of the proposal in `folder` in a process of its own; `scenario`: the scenario it must export. */
async function loadIsolatedModule(cache: ResultCache, module: string, folder: string, limits: RunLimits, scenario?: string): Promise<ModuleLoad> {
  const [child, transforms] = await Promise.all([Child.start(folder, limits, cache), transformAhead(folder)]);
  const { message, failure } = await child.run({ kind: "module", module, ...(scenario === undefined ? {} : { scenario }), transforms });
  if (failure !== undefined) return failure;
  if (message !== undefined && "scenario" in message) return { pass: true, scenario: message.scenario, loaded: loadedFiles(message) };
  const result = message !== undefined && "result" in message ? resultOf(message.result) : undefined;
  if (result !== undefined && (!result.pass || scenario === undefined)) return result.pass ? { pass: true, loaded: loadedFiles(message) } : result;
  return { pass: false, stage: "import", error: "its process sent something that is not what was asked" };
}

/** A module's load from the result cache, or fresh, and how to keep a fresh one once the compiler has said what the module imports. */
export interface KeptModuleLoad {
  readonly load: ModuleLoad;
  /** Stores a fresh load that passed, against the files the module imports (`imports`: the reference compiler's account); a no-op for one from the cache. */
  keep(imports: ReadonlyMap<string, ReadonlySet<string>>): void;
}

/**
 * `loadIsolatedModule`, kept in the result cache as a cell's run is: against the files the module
 * imports, the kit's running code, the guests and the limits. A load that failed is never kept (the
 * failure is reported, and the next run tries again).
 */
export async function loadIsolatedModuleCached(cache: ResultCache, module: string, folder: string, limits: RunLimits, scenario?: string): Promise<KeptModuleLoad> {
  const since = Date.now();
  const identity = { module, ...(scenario === undefined ? {} : { scenario }), kit: kitModule, node: process.version, confinedBy: limits };
  const kept = cache.lookup<ModuleLoad>("module-load", identity);
  if (kept !== undefined) return { load: kept, keep: () => {} };
  const load = await loadIsolatedModule(cache, module, folder, limits, scenario);
  return { load, keep: (imports) => load.pass && cache.store("module-load", identity, [...runtimeInputs(module, imports), ...filesAndFolders(load.loaded ?? [])], load, since) };
}

/** Maps `items` through `run`, as many at a time as there are cores, keeping their order. */
export async function inPool<A, B>(items: readonly A[], run: (item: A) => Promise<B>): Promise<B[]> {
  const results = new Array<B>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) results[index] = await run(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(cores(), items.length) }, worker));
  return results;
}

function cores(): number {
  return Math.max(1, availableParallelism());
}

interface ChildEnd {
  /** The message that ended the run (a result, a description). */
  readonly message?: Extract<ChildMessage, { result: unknown } | { scenario: unknown }>;
  /** How the process failed to send one, if it did. */
  readonly failure?: RuntimeFailure;
  readonly output: RunOutput;
}

/** One child process: started, ready once it has loaded the kit, then given one job. */
class Child {
  readonly #stdout = new Capture();
  readonly #stderr = new Capture();
  #stage: RunStage = "import";
  #message: ChildEnd["message"];
  /** Whether it was given its job: a result before that is the kit failing to load, never the run's. */
  #given = false;
  #failure: RuntimeFailure | undefined;
  #clock: NodeJS.Timeout | undefined;
  readonly #ended: Promise<ChildEnd>;

  private constructor(
    private readonly spawned: ChildProcess,
    private readonly limits: RunLimits,
  ) {
    spawned.stdout?.on("data", (chunk: Buffer) => this.#stdout.add(chunk));
    spawned.stderr?.on("data", (chunk: Buffer) => this.#stderr.add(chunk));
    spawned.on("error", (error) => this.#fail(`its process could not run: ${error.message}`));
    this.#ended = new Promise((done) => {
      spawned.on("close", (code, signal) => {
        clearTimeout(this.#clock);
        if (this.#message === undefined && this.#failure === undefined) this.#failure = { pass: false, stage: this.#stage, error: endedWithout(code, signal, this.#stderr.text(), this.limits) };
        done({ ...(this.#message === undefined ? {} : { message: this.#message }), ...(this.#failure === undefined ? {} : { failure: this.#failure }), output: this.output() });
      });
    });
  }

  /** A process for a job of `folder`'s, once it says it is ready (or has ended trying); it takes the guests `cache` keeps, if it keeps them. */
  static async start(folder: string, limits: RunLimits, cache: ResultCache): Promise<Child> {
    const { execArgv, env } = confinedProcess(folder, limits);
    const guests = await compiledGuests(cache);
    const child = new Child(fork(childModule, guests === undefined ? [] : [guests], { cwd: folder, execArgv: [...kitNodeOptions, ...execArgv], env, stdio: ["ignore", "pipe", "pipe", "ipc"] }), limits);
    return child.#ready();
  }

  #ready(): Promise<Child> {
    this.#clock = setTimeout(() => this.#fail(`its process did not load the kit within ${STARTUP_MS / 1000} s`), STARTUP_MS);
    return new Promise((ready) => {
      this.spawned.on("message", (received: ChildMessage) => {
        if (typeof received !== "object" || received === null) return;
        if ("ready" in received) {
          clearTimeout(this.#clock);
          ready(this);
        } else if ("stage" in received) {
          if (isStage(received.stage)) this.#stage = received.stage;
        } else if (!this.#given) {
          // a result before the job: the process failed while loading the kit, not the proposal's run
          const early = "result" in received ? resultOf(received.result) : undefined;
          this.#fail(`its process could not load the kit: ${early !== undefined && !early.pass ? early.error : "it answered before it was given its job"}`);
        } else {
          this.#message ??= received as ChildEnd["message"];
          clearTimeout(this.#clock);
          // It exits by itself once the result is sent; a process whose code keeps it busy is ended.
          this.#clock = setTimeout(() => this.end(), 2_000);
        }
      });
      void this.#ended.then(() => ready(this));
    });
  }

  /** Gives the process its job, and the time limit starts; what the run ended with. */
  run(job: IsolatedJob): Promise<ChildEnd> {
    this.#given = true;
    if (this.spawned.connected && this.#failure === undefined && this.#message === undefined) {
      this.#clock = setTimeout(() => this.#fail(`it did not finish within ${this.limits.timeoutMs / 1000} s (the time limit per run, --timeout)`), this.limits.timeoutMs);
      try {
        this.spawned.send(job);
      } catch (error) {
        this.#fail(`its job could not be sent to it: ${errorLine(error)}`);
      }
    }
    return this.#ended;
  }

  end(): void {
    this.spawned.kill("SIGKILL");
  }

  #fail(error: string): void {
    this.#failure ??= { pass: false, stage: this.#stage, error };
    this.end();
  }

  output(): RunOutput {
    return { stdout: this.#stdout.text(), stderr: this.#stderr.text() };
  }
}

let compiled: { readonly folder: string; readonly ready: Promise<string | undefined> } | undefined;

/**
 * The folder of compiled guests a cell process takes its guest from (it may not write there: this
 * process compiles the guest first), when `cache` keeps them; undefined if not, or if it could not be
 * compiled there.
 */
function compiledGuests(cache: ResultCache): Promise<string | undefined> {
  const folder = cache.folder("guests");
  if (folder === undefined) return Promise.resolve(undefined);
  if (compiled?.folder !== folder) compiled = { folder, ready: compileGuestsInto(folder, ["fetch"]).then(() => folder, () => undefined) };
  return compiled.ready;
}

/** Why a process that sent no result ended. */
function endedWithout(code: number | null, signal: NodeJS.Signals | null, stderr: string, limits: RunLimits): string {
  if (/heap out of memory|Reached heap limit/.test(stderr)) return `it ran out of memory (the heap limit is ${limits.memoryMb} MiB, --memory)`;
  if (signal !== null) return `its process was ended by ${signal} before the run ended`;
  return `its process exited with status ${code} before the run ended`;
}

function isStage(value: unknown): value is RunStage {
  return value === "import" || value === "link" || value === "check";
}

/** A result as the kit reads it, and nothing else of what was sent: `{ pass: true }`, or a failure at a stage with a one-line error. */
function resultOf(value: unknown): RunEnd | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { pass, stage, error } = value as { pass?: unknown; stage?: unknown; error?: unknown };
  if (pass === true) return { pass };
  return pass === false && isStage(stage) && typeof error === "string" ? { pass, stage, error: error.split("\n", 1)[0]! } : undefined;
}

/** One stream's text, cut after OUTPUT_CHARS. */
class Capture {
  readonly #chunks: Buffer[] = [];
  #bytes = 0;
  #dropped = 0;

  add(chunk: Buffer): void {
    if (this.#bytes > OUTPUT_CHARS * 4) this.#dropped += chunk.length;
    else (this.#chunks.push(chunk), (this.#bytes += chunk.length));
  }

  text(): string {
    const all = Buffer.concat(this.#chunks).toString("utf8");
    const more = all.length - OUTPUT_CHARS;
    if (more <= 0 && this.#dropped === 0) return all;
    return `${all.slice(0, OUTPUT_CHARS)}… (${Math.max(0, more) + this.#dropped} more)`;
  }
}
