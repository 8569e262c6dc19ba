// Cell process: the runs of one proposal's code, in a node process of its own (started by
// isolation.ts, an IPC channel to the parent). It loads the kit and the guest first (the guest's
// binary from the folder the parent names, where it was compiled, else by wabt), says it is ready,
// and then takes its jobs one at a time: a cell (import it, call its `link()`, drive the guest
// through it with its scenario's check) or a module of the proposal's (import it: its design.ts
// loads; its own scenario's module says what the scenario is), each given with the JavaScript the
// parent made of the proposal's TypeScript files (transforms.ts), which its module hooks load unless
// a file changed. Each job imports the proposal's files afresh: its URLs carry the job's number, so
// it gets modules of its own (design.ts evaluated again, its state new); the kit and the packages
// are loaded once. It says which stage a job has reached, then sends one result; whatever the
// proposal's code does instead (a throw of any value, a rejection nobody handles, a timer's
// exception, a promise that never settles) becomes that result. A job that ends the process (an
// exit, a limit) ends it for that job alone: the parent starts another for the next. What it prints
// goes to the parent's pipes, never into the report's own output, each job's ended by a mark the
// parent gave it; the parent judges what it gets.

import { createRequire } from "node:module";
import { isAbsolute } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadGuest, takeCompiledGuests } from "../guest.ts";
import { scenarioById } from "../scenarios/index.ts";
import type { Linked, Scenario } from "../scenarios/scenario.ts";
import { refuseProcesses } from "./confinement.ts";
import { errorLine } from "./errors.ts";
import { enableCellImports, giveTransforms, RUN_PARAMETER, type Transforms } from "./loading.ts";
import { kitModule } from "./package.ts";
import type { RunEnd, RuntimeFailure, RunStage } from "./types.ts";

/** What a child process is asked to do. */
export type IsolatedWork =
  /** `scenarioModule`: the module of a scenario the proposal brings; else `scenario` is the kit's. */
  | { readonly kind: "cell"; readonly file: string; readonly scenario: string; readonly scenarioModule?: string }
  /** Load a module of the proposal's (its design.ts); `scenario`: the scenario it must export, to describe. */
  | { readonly kind: "module"; readonly module: string; readonly scenario?: string };

/**
 * A job: the work, with the JavaScript of the proposal's TypeScript files made before, the job's
 * number (its modules' URLs carry it) and its mark (what the process prints on stdout and stderr
 * after the job's own output).
 */
export type IsolatedJob = IsolatedWork & { readonly transforms?: Transforms; readonly run: number; readonly mark: string };

/** What a proposal's scenario module says of itself. */
export interface ScenarioInfo {
  readonly id: string;
  readonly intent: string;
  readonly origin: string;
}

/**
 * What the process sends: ready (to take its jobs), each stage of a job as it starts, then the job's
 * one result, with every file the job loaded (`loaded`: what the run read, beyond what the compiler
 * saw: the proposal's files it imported, and every other file this process has loaded).
 */
export type ChildMessage =
  | { readonly ready: true }
  | { readonly stage: RunStage }
  | { readonly result: RunEnd; readonly loaded?: readonly string[] }
  | { readonly scenario: ScenarioInfo; readonly loaded?: readonly string[] };

// Taken before any of the proposal's code runs, which may replace them.
const send = process.send!.bind(process);
const out = process.stdout.write.bind(process.stdout);
const err = process.stderr.write.bind(process.stderr);

/** How long a run that passed waits before it says so, for what it left behind (a timer, a rejection) to fail it. */
const SETTLE_MS = 50;

/** A job's run: what it is, and the stage it has reached. */
interface Running {
  readonly job: IsolatedJob;
  stage: RunStage;
}

/** The job running, until it has sent its result: only it may say a stage or finish (what an earlier job's code does later is not its). */
let current: Running | undefined;

/** The files each job loaded, by its number, and those loaded once for every job (the kit's code, what lies under node_modules). */
const loadedBy = new Map<number, Set<string>>();
const loadedForAll = new Set<string>();

function heard(url: string): void {
  const run = Number(new URL(url).searchParams.get(RUN_PARAMETER) ?? Number.NaN);
  const file = fileURLToPath(url);
  if (Number.isNaN(run)) loadedForAll.add(file);
  else loadedBy.set(run, (loadedBy.get(run) ?? new Set()).add(file));
}

function finish(running: Running, message: Extract<ChildMessage, { result: unknown } | { scenario: unknown }>): void {
  if (current !== running) return;
  current = undefined;
  const { run, mark } = running.job;
  const commonJs = Object.keys(createRequire(import.meta.url).cache).filter((file) => isAbsolute(file));
  const loaded = [...(loadedBy.get(run) ?? []), ...loadedForAll, ...commonJs];
  loadedBy.delete(run);
  // The mark after the job's own output on each stream, then the result; the channel keeps the process for the next job.
  void Promise.all([marked(out, mark), marked(err, mark)]).then(() => {
    send({ ...message, loaded });
    process.channel?.ref();
  });
}

/** How long a mark may take to be written (a stream the proposal's code ended never calls back). */
const MARK_MS = 1_000;

function marked(write: typeof out, mark: string): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, MARK_MS);
    try {
      write(mark, () => (clearTimeout(timer), done()));
    } catch {
      done();
    }
  });
}

function fail(running: Running | undefined, error: string): void {
  if (running !== undefined) finish(running, { result: { pass: false, stage: running.stage, error } satisfies RuntimeFailure });
}

function reach(running: Running, next: RunStage): void {
  if (current !== running) return;
  running.stage = next;
  send({ stage: next } satisfies ChildMessage);
}

/** A thrown value in one line; what was refused (by Node's permission model, or refuseProcesses) says so. */
function described(thrown: unknown): string {
  try {
    const { code, permission, resource } = thrown as { code?: unknown; permission?: unknown; resource?: unknown };
    if (code === "ERR_ACCESS_DENIED" && typeof permission === "string") {
      return `refused: ${permission}${typeof resource === "string" && resource !== "" ? ` ${resource}` : ""} (a proposal's code may write only inside its folder, and start no process or worker)`;
    }
  } catch {
    // Not readable: described as anything else thrown.
  }
  return errorLine(thrown);
}

// These fail the job running when they happen, whoever's code it was (a timer a finished job left);
// between jobs they fail nothing.
process.on("uncaughtException", (error) => fail(current, described(error)));
process.on("unhandledRejection", (reason) => fail(current, `a promise rejected with nothing to handle it: ${described(reason)}`));
// During a job the IPC channel alone does not keep the process alive: when nothing is left to run
// before its result, what the job awaited can never settle.
process.on("beforeExit", () => fail(current, "it never settled: nothing was left to run while it was still pending"));

function isScenario(value: unknown): value is Scenario {
  if (typeof value !== "object" || value === null) return false;
  const { id, intent, check } = value as Partial<Record<keyof Scenario, unknown>>;
  return typeof id === "string" && typeof intent === "string" && typeof check === "function";
}

/** A proposal's file, as this job imports it: its own instance of the module. */
function ofThisRun(file: string, run: number): string {
  const url = pathToFileURL(file);
  url.searchParams.set(RUN_PARAMETER, String(run));
  return url.href;
}

/** The scenario of that id a proposal's scenario module exports (under any name). */
async function scenarioOf(module: string, id: string, run: number): Promise<Scenario> {
  const exported = Object.values((await import(ofThisRun(module, run))) as Record<string, unknown>).filter(isScenario);
  const scenario = exported.find((candidate) => candidate.id === id);
  if (scenario === undefined) throw new Error(`it exports no scenario with the id "${id}" (an object with id, intent, origin and check(linked))`);
  return scenario;
}

async function runCell(running: Running, job: Extract<IsolatedJob, { kind: "cell" }>): Promise<void> {
  reach(running, "import");
  const { link } = (await import(ofThisRun(job.file, job.run))) as { readonly link?: unknown };
  reach(running, "link");
  if (typeof link !== "function") return fail(running, "the cell exports no link() function");
  const linked = (await link()) as Linked<unknown>;
  reach(running, "check");
  const scenario = job.scenarioModule === undefined ? scenarioById(job.scenario) : await scenarioOf(job.scenarioModule, job.scenario, job.run);
  if (scenario === undefined) return fail(running, `unknown scenario "${job.scenario}"`);
  await scenario.check(linked);
  // What the run left behind reports first: a rejection nobody handled, a timer's exception.
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  finish(running, { result: { pass: true } });
}

async function loadModule(running: Running, job: Extract<IsolatedJob, { kind: "module" }>): Promise<void> {
  reach(running, "import");
  if (job.scenario === undefined) {
    await import(ofThisRun(job.module, job.run));
    return finish(running, { result: { pass: true } });
  }
  const { id, intent, origin } = await scenarioOf(job.module, job.scenario, job.run);
  finish(running, { scenario: { id, intent, origin: typeof origin === "string" ? origin : "" } });
}

function run(job: IsolatedJob): void {
  const running: Running = { job, stage: "import" };
  current = running;
  process.channel?.unref();
  const given = job.transforms === undefined ? Promise.resolve() : giveTransforms(job.transforms);
  given
    .then(() => (job.kind === "cell" ? runCell(running, job) : loadModule(running, job)))
    .catch((error: unknown) => fail(running, described(error)));
}

// The kit loaded (the imports above) and the guest compiled before the first job comes, so a job's
// time is its own. Not awaited at the top level: a run that never settles must leave the module
// evaluated, so the process reaches beforeExit instead of Node's exit for an unsettled top-level await.
// The kit's modules load before the module hooks are registered: once they are, every import is
// resolved on the hooks' thread, a round trip each, and a cell's `accessor-kit` is this very module.
import(kitModule)
  .then(() => {
    enableCellImports(heard);
    refuseProcesses();
    // the folder of compiled guests the parent keeps, when it does (its only argument)
    const compiledGuests = process.argv[2];
    if (compiledGuests !== undefined) takeCompiledGuests(compiledGuests);
    return loadGuest("fetch");
  })
  .then(() => {
    process.on("message", run);
    send({ ready: true } satisfies ChildMessage);
  })
  .catch((error: unknown) => {
    // the kit did not load: said as a result before any job, which the parent reads as such
    send({ result: { pass: false, stage: "import", error: described(error) } } satisfies ChildMessage, () => process.exit(0));
  });
