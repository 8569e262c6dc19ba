// Isolation: a proposal's code runs in a child process, never in the kit's. Each proposal's folder
// has a node process of its own (cell-process.ts), started ahead so that loading the kit overlaps
// the compilers' work, which takes the folder's runs and module loads one after another, each job
// with modules of its own (its files imported afresh; the kit's loaded once), a time limit from the
// moment it is given the job, and a V8 heap limit on the process; where this node has it, the
// permission model: reads anywhere, writes only inside the proposal's folder and the child's own
// temporary folder (child processes and workers are refused to the proposal's code by
// cell-process.ts itself). A run that ends its process (a limit, a crash, an exit) is that run's
// result, and the next run gets a new process. Its stdout and stderr are captured up to
// the mark the process prints after each run, and kept with the run's result. The result is the
// kit's reading of what the process sent and how it ended: a message that is not a result, an exit
// before one, a signal, the heap limit, the time limit are each a failed run at the stage the
// process had reached, in one line.
//
// A run, and a module's load, is kept in the result cache like a kit cell's run (evaluate.ts,
// `loadIsolatedModuleCached`), unless a limit or a crash ended it; the process takes the fetch
// guest's binary from the cache folder, compiled by this one, so a run of it loads no wabt, and is
// given the JavaScript this one made of the folder's TypeScript files with its first job (and again
// with a job they were made afresh for: transforms.ts), so it starts no esbuild.
//
// This keeps a proposal's mistakes (and its output) out of the kit's process and its report, and
// the proposals apart from each other; the runs of one proposal share its process's globals, as the
// kit's own cells share the kit's. It is no sandbox for hostile code (docs/proposals.md says what it
// does not stop).

import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildMessage, IsolatedJob, IsolatedWork, ScenarioInfo } from "./cell-process.ts";
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
 * The runs of one isolated folder's cells, in the folder's confined process (started ahead, when
 * runs are expected, so that it loads the kit while the compilers still work), one after another.
 */
export class IsolatedRuns {
  readonly #process: FolderProcess | undefined;
  readonly #transforms: Promise<Transforms>;
  #closed = false;

  constructor(folder: string, limits: RunLimits, expected: number, cache: ResultCache) {
    this.#process = expected === 0 ? undefined : FolderProcess.held(folder, limits, cache);
    this.#transforms = expected === 0 ? Promise.resolve({}) : transformAhead(folder);
  }

  /** Runs a proposal's cell; its process may write in the folder, and nowhere else. */
  async cell(job: Extract<IsolatedWork, { kind: "cell" }>): Promise<IsolatedRunEnd> {
    if (this.#process === undefined) throw new Error("IsolatedRuns.cell: no run was expected");
    const { message, failure, output } = await this.#process.run({ ...job, transforms: await this.#transforms });
    const withOutput = output.stdout === "" && output.stderr === "" ? {} : { output };
    if (failure !== undefined) return { ...failure, ...withOutput, sentByTheCell: false };
    const result = message !== undefined && "result" in message ? resultOf(message.result) : undefined;
    if (result === undefined) return { pass: false, stage: "import", error: "its process sent something that is not a result", ...withOutput, sentByTheCell: false };
    return { ...result, ...withOutput, sentByTheCell: true, loaded: loadedFiles(message) };
  }

  /** Lets go of the folder's process (ended once nothing else holds it); idempotent. */
  close(): void {
    if (!this.#closed) this.#process?.release();
    this.#closed = true;
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

/** Loads `module` of the proposal in `folder` in the folder's process; `scenario`: the scenario it must export. */
async function loadIsolatedModule(cache: ResultCache, module: string, folder: string, limits: RunLimits, scenario?: string): Promise<ModuleLoad> {
  const held = FolderProcess.held(folder, limits, cache);
  try {
    const { message, failure } = await held.run({ kind: "module", module, ...(scenario === undefined ? {} : { scenario }), transforms: await transformAhead(folder) });
    if (failure !== undefined) return failure;
    if (message !== undefined && "scenario" in message) return { pass: true, scenario: message.scenario, loaded: loadedFiles(message) };
    const result = message !== undefined && "result" in message ? resultOf(message.result) : undefined;
    if (result !== undefined && (!result.pass || scenario === undefined)) return result.pass ? { pass: true, loaded: loadedFiles(message) } : result;
    return { pass: false, stage: "import", error: "its process sent something that is not what was asked" };
  } finally {
    held.release();
  }
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

/** A job as the folder's process is given it: without its number and mark, which the process adds. */
type Job = IsolatedWork & Pick<IsolatedJob, "transforms">;

/**
 * The confined process of one proposal's folder (and limits), which its runs and module loads take
 * in turn, held by whoever has runs for it and ended once nothing holds it. A run that ends the
 * process (a limit, a crash, an exit) ends it for that run alone: the next run starts another.
 */
class FolderProcess {
  static readonly #held = new Map<string, FolderProcess>();
  #holders = 0;
  #released = false;
  #child: Promise<Child> | undefined;
  #turn: Promise<unknown> = Promise.resolve();
  #runs = 0;

  private constructor(
    private readonly key: string,
    private readonly folder: string,
    private readonly limits: RunLimits,
    private readonly cache: ResultCache,
  ) {}

  /** The folder's process, held until `release` (started now if it is not running). */
  static held(folder: string, limits: RunLimits, cache: ResultCache): FolderProcess {
    const key = JSON.stringify([folder, limits, cache.folder("guests") ?? null]);
    const shared = FolderProcess.#held.get(key) ?? new FolderProcess(key, folder, limits, cache);
    FolderProcess.#held.set(key, shared);
    shared.#holders++;
    shared.#child ??= shared.#start();
    return shared;
  }

  /**
   * Runs `job` once the runs before it are done, in a new process if the last one ended after taking
   * jobs (one that ended while starting gives the job why); none once the process was let go.
   */
  run(job: Job): Promise<ChildEnd> {
    const turn = this.#turn.then(async (): Promise<ChildEnd> => {
      if (this.#released) return { failure: { pass: false, stage: "import", error: "it was not run: the check ended before its turn" }, output: { stdout: "", stderr: "" } };
      let child = await (this.#child ??= this.#start());
      if (child.ended && child.given) child = await (this.#child = this.#start());
      return child.run({ ...job, run: this.#runs++, mark: `<accessor-kit: end of run ${randomUUID()}>` });
    });
    this.#turn = turn.then(
      () => this.#released && this.#end(),
      () => undefined,
    );
    return turn;
  }

  /** Lets go of it: once nothing holds it, its process ends after the run under way. */
  release(): void {
    if (--this.#holders > 0) return;
    this.#released = true;
    if (FolderProcess.#held.get(this.key) === this) FolderProcess.#held.delete(this.key);
    void this.#turn.then(() => this.#end());
  }

  /** A new process, started now; a failure to start is the next run's to report (awaited there), never an unhandled rejection. */
  #start(): Promise<Child> {
    const started = Child.start(this.folder, this.limits, this.cache);
    started.catch(() => undefined);
    return started;
  }

  #end(): void {
    void this.#child?.then(
      (child) => child.end(),
      () => undefined,
    );
  }
}

/** How long the kit waits, after a run's result, for the marks that end the run's output on its streams. */
const MARKS_MS = 2_000;

/** One child process: started, ready once it has loaded the kit, then given jobs one at a time. */
class Child {
  #run: Run | undefined;
  /** What it printed before its first job (why it could not start, if it could not). */
  readonly #early = { stdout: new Capture(), stderr: new Capture() };
  #ended = false;
  #failure: RuntimeFailure | undefined;
  /** Whether it was given a job: a result before that is the kit failing to load, never a run's. */
  #given = false;
  /** The transforms it was last given. */
  #transforms: IsolatedJob["transforms"];
  #startClock: NodeJS.Timeout | undefined;
  readonly #closed: Promise<void>;

  private constructor(
    private readonly spawned: ChildProcess,
    private readonly limits: RunLimits,
  ) {
    spawned.stdout?.on("data", (chunk: Buffer) => (this.#given ? this.#run?.stdout.add(chunk) : this.#early.stdout.add(chunk)));
    spawned.stderr?.on("data", (chunk: Buffer) => (this.#given ? this.#run?.stderr.add(chunk) : this.#early.stderr.add(chunk)));
    spawned.on("error", (error) => this.#fail(`its process could not run: ${error.message}`));
    this.#closed = new Promise((done) => {
      spawned.on("close", (code, signal) => {
        this.#ended = true;
        clearTimeout(this.#startClock);
        const run = this.#run;
        if (!this.#given) this.#failure ??= { pass: false, stage: "import", error: endedWithout(code, signal, this.#early.stderr.text(), this.limits) };
        if (run !== undefined && run.message === undefined) run.failure ??= this.#failure ?? { pass: false, stage: run.stage, error: endedWithout(code, signal, run.stderr.text(), this.limits) };
        run?.end();
        done();
      });
    });
  }

  /** Whether its process has ended. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Whether it was given a job. */
  get given(): boolean {
    return this.#given;
  }

  /** A process for the jobs of `folder`, once it says it is ready (or has ended trying); it takes the guests `cache` keeps, if it keeps them. */
  static async start(folder: string, limits: RunLimits, cache: ResultCache): Promise<Child> {
    const { execArgv, env } = confinedProcess(folder, limits);
    const guests = await compiledGuests(cache);
    const child = new Child(fork(childModule, guests === undefined ? [] : [guests], { cwd: folder, execArgv: [...kitNodeOptions, ...execArgv], env, stdio: ["ignore", "pipe", "pipe", "ipc"] }), limits);
    return child.#ready();
  }

  #ready(): Promise<Child> {
    this.#startClock = setTimeout(() => this.#fail(`its process did not load the kit within ${STARTUP_MS / 1000} s`), STARTUP_MS);
    return new Promise((ready) => {
      this.spawned.on("message", (received: ChildMessage) => {
        if (typeof received !== "object" || received === null) return;
        if ("ready" in received) {
          clearTimeout(this.#startClock);
          ready(this);
        } else if ("stage" in received) {
          if (this.#run !== undefined && isStage(received.stage)) this.#run.stage = received.stage;
        } else if (!this.#given) {
          // a result before any job: the process failed while loading the kit, not a proposal's run
          const early = "result" in received ? resultOf(received.result) : undefined;
          this.#fail(`its process could not load the kit: ${early !== undefined && !early.pass ? early.error : "it answered before it was given its job"}`);
        } else if (this.#run !== undefined && this.#run.message === undefined) {
          this.#run.message = received as ChildEnd["message"];
          this.#run.done();
        }
      });
      void this.#closed.then(() => ready(this));
    });
  }

  /** Gives the process `job`, and its time limit starts; what the run ended with. */
  run(job: IsolatedJob): Promise<ChildEnd> {
    // the transforms go once: the process keeps them for the jobs that come with none
    const { transforms, ...work } = job;
    const sent = transforms === this.#transforms ? work : job;
    this.#transforms = transforms;
    const early = !this.#given;
    this.#given = true;
    if (this.#ended || this.#failure !== undefined) {
      const failure = this.#failure ?? { pass: false, stage: "import", error: "its process had ended before it was given the run" };
      return Promise.resolve({ failure, output: early ? { stdout: this.#early.stdout.text(), stderr: this.#early.stderr.text() } : { stdout: "", stderr: "" } });
    }
    // a run whose marks do not come leaves its streams in a state nobody knows: the process ends with it
    const run = new Run(job.mark, this.limits, (error) => this.#fail(error), () => this.end());
    this.#run = run;
    try {
      this.spawned.send(sent);
    } catch (error) {
      this.#fail(`its job could not be sent to it: ${errorLine(error)}`);
    }
    return run.ended.finally(() => {
      if (this.#run === run) this.#run = undefined;
    });
  }

  end(): void {
    this.spawned.kill("SIGKILL");
  }

  #fail(error: string): void {
    this.#failure ??= { pass: false, stage: this.#run?.stage ?? "import", error };
    if (this.#run !== undefined && this.#run.message === undefined) this.#run.failure ??= this.#failure;
    this.end();
  }
}

/** One job's run in a Child: its stage, its output up to its marks, and how it ended. */
class Run {
  stage: RunStage = "import";
  message: ChildEnd["message"];
  failure: RuntimeFailure | undefined;
  readonly stdout: Marked;
  readonly stderr: Marked;
  readonly ended: Promise<ChildEnd>;
  #clock: NodeJS.Timeout;
  #end!: (end: ChildEnd) => void;

  constructor(
    mark: string,
    limits: RunLimits,
    timedOut: (error: string) => void,
    private readonly unmarked: () => void,
  ) {
    this.stdout = new Marked(mark, () => this.#marked());
    this.stderr = new Marked(mark, () => this.#marked());
    this.ended = new Promise((end) => (this.#end = end));
    this.#clock = setTimeout(() => timedOut(`it did not finish within ${limits.timeoutMs / 1000} s (the time limit per run, --timeout)`), limits.timeoutMs);
  }

  /** Its result came: it ends once both streams have shown their mark (or, MARKS_MS later, without). */
  done(): void {
    clearTimeout(this.#clock);
    this.#clock = setTimeout(() => (this.end(), this.unmarked()), MARKS_MS);
    this.#marked();
  }

  #marked(): void {
    if (this.message !== undefined && this.stdout.marked && this.stderr.marked) this.end();
  }

  /** Ends the run with what it has. */
  end(): void {
    clearTimeout(this.#clock);
    const output = { stdout: this.stdout.text(), stderr: this.stderr.text() };
    this.#end({ ...(this.message === undefined ? {} : { message: this.message }), ...(this.failure === undefined ? {} : { failure: this.failure }), output });
  }
}

/** One stream of a run: what it printed before the run's mark (what comes after belongs to no run). */
class Marked {
  readonly #capture = new Capture();
  readonly #mark: Buffer;
  /** The end of what came, held back until it cannot be the start of the mark. */
  #held = Buffer.alloc(0);
  marked = false;

  constructor(
    mark: string,
    private readonly onMark: () => void,
  ) {
    this.#mark = Buffer.from(mark);
  }

  add(chunk: Buffer): void {
    if (this.marked) return;
    const all = Buffer.concat([this.#held, chunk]);
    const at = all.indexOf(this.#mark);
    if (at >= 0) {
      this.#capture.add(all.subarray(0, at));
      this.#held = Buffer.alloc(0);
      this.marked = true;
      this.onMark();
      return;
    }
    const kept = Math.max(0, all.length - (this.#mark.length - 1));
    this.#capture.add(all.subarray(0, kept));
    this.#held = all.subarray(kept);
  }

  text(): string {
    if (!this.marked) (this.#capture.add(this.#held), (this.#held = Buffer.alloc(0)));
    return this.#capture.text();
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
