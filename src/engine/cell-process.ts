// Cell process: one run of a proposal's code, in a node process of its own (started by isolation.ts,
// an IPC channel to the parent). It loads the kit and the guest first (the guest's binary from the
// folder the parent names, where it was compiled, else by wabt), says it is ready,
// and waits for its one job: a cell (import it, call its `link()`, drive the guest through it with
// its scenario's check) or a module of the proposal's (import it: its design.ts loads; its own
// scenario's module says what the scenario is), given with the JavaScript the parent made of the
// proposal's TypeScript files (transforms.ts), which its module hooks load unless a file changed. It
// says which stage it has reached, then sends one result; whatever the proposal's code does instead
// (a throw of any value, a rejection nobody handles, a timer's exception, a promise that never
// settles) becomes that result. What it prints goes to the parent's pipes, never into the report's
// own output; the parent judges what it gets.

import { createRequire } from "node:module";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { loadGuest, takeCompiledGuests } from "../guest.ts";
import { scenarioById } from "../scenarios/index.ts";
import type { Linked, Scenario } from "../scenarios/scenario.ts";
import { refuseProcesses } from "./confinement.ts";
import { errorLine } from "./errors.ts";
import { enableCellImports, giveTransforms, type Transforms } from "./loading.ts";
import { kitModule } from "./package.ts";
import type { RunEnd, RuntimeFailure, RunStage } from "./types.ts";

/** What a child process is asked to do, with the JavaScript of the proposal's TypeScript files, made before. */
export type IsolatedJob = (
  /** `scenarioModule`: the module of a scenario the proposal brings; else `scenario` is the kit's. */
  | { readonly kind: "cell"; readonly file: string; readonly scenario: string; readonly scenarioModule?: string }
  /** Load a module of the proposal's (its design.ts); `scenario`: the scenario it must export, to describe. */
  | { readonly kind: "module"; readonly module: string; readonly scenario?: string }
) & { readonly transforms?: Transforms };

/** What a proposal's scenario module says of itself. */
export interface ScenarioInfo {
  readonly id: string;
  readonly intent: string;
  readonly origin: string;
}

/**
 * What the process sends: ready (to take its job), each stage as it starts, then one result, with
 * every file its module loader loaded (`loaded`: what the run read, beyond what the compiler saw).
 */
export type ChildMessage =
  | { readonly ready: true }
  | { readonly stage: RunStage }
  | { readonly result: RunEnd; readonly loaded?: readonly string[] }
  | { readonly scenario: ScenarioInfo; readonly loaded?: readonly string[] };

// Taken before any of the proposal's code runs, which may replace them.
const send = process.send!.bind(process);
const exit = process.exit.bind(process);

/** How long a run that passed waits before it says so, for what it left behind (a timer, a rejection) to fail it. */
const SETTLE_MS = 50;

let stage: RunStage = "import";
let finished = false;

/** The files loaded since the module hooks were registered, and every CommonJS module loaded. */
const loadedFiles = new Set<string>();

function finish(message: Extract<ChildMessage, { result: unknown } | { scenario: unknown }>): void {
  if (finished) return;
  finished = true;
  const commonJs = Object.keys(createRequire(import.meta.url).cache).filter((file) => isAbsolute(file));
  send({ ...message, loaded: [...loadedFiles, ...commonJs] }, () => exit(0));
}

function fail(error: string): void {
  finish({ result: { pass: false, stage, error } satisfies RuntimeFailure });
}

function reach(next: RunStage): void {
  stage = next;
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

process.on("uncaughtException", (error) => fail(described(error)));
process.on("unhandledRejection", (reason) => fail(`a promise rejected with nothing to handle it: ${described(reason)}`));

function isScenario(value: unknown): value is Scenario {
  if (typeof value !== "object" || value === null) return false;
  const { id, intent, check } = value as Partial<Record<keyof Scenario, unknown>>;
  return typeof id === "string" && typeof intent === "string" && typeof check === "function";
}

/** The scenario of that id a proposal's scenario module exports (under any name). */
async function scenarioOf(module: string, id: string): Promise<Scenario> {
  const exported = Object.values((await import(pathToFileURL(module).href)) as Record<string, unknown>).filter(isScenario);
  const scenario = exported.find((candidate) => candidate.id === id);
  if (scenario === undefined) throw new Error(`it exports no scenario with the id "${id}" (an object with id, intent, origin and check(linked))`);
  return scenario;
}

async function runCell(job: Extract<IsolatedJob, { kind: "cell" }>): Promise<void> {
  reach("import");
  const { link } = (await import(pathToFileURL(job.file).href)) as { readonly link?: unknown };
  reach("link");
  if (typeof link !== "function") return fail("the cell exports no link() function");
  const linked = (await link()) as Linked<unknown>;
  reach("check");
  const scenario = job.scenarioModule === undefined ? scenarioById(job.scenario) : await scenarioOf(job.scenarioModule, job.scenario);
  if (scenario === undefined) return fail(`unknown scenario "${job.scenario}"`);
  await scenario.check(linked);
  // What the run left behind reports first: a rejection nobody handled, a timer's exception.
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  finish({ result: { pass: true } });
}

async function loadModule(job: Extract<IsolatedJob, { kind: "module" }>): Promise<void> {
  reach("import");
  if (job.scenario === undefined) {
    await import(pathToFileURL(job.module).href);
    return finish({ result: { pass: true } });
  }
  const { id, intent, origin } = await scenarioOf(job.module, job.scenario);
  finish({ scenario: { id, intent, origin: typeof origin === "string" ? origin : "" } });
}

async function run(job: IsolatedJob): Promise<void> {
  // From now on the IPC channel alone does not keep the process alive: when nothing is left to run
  // before a result, what the job awaited can never settle.
  process.channel?.unref();
  process.on("beforeExit", () => fail("it never settled: nothing was left to run while it was still pending"));
  const { transforms, ...work } = job;
  if (transforms !== undefined) await giveTransforms(transforms);
  await (work.kind === "cell" ? runCell(work) : loadModule(work));
}

// The kit loaded (the imports above) and the guest compiled before the job comes, so the job's time
// is its own. Not awaited at the top level: a run that never settles must leave the module
// evaluated, so the process reaches beforeExit instead of Node's exit for an unsettled top-level await.
// The kit's modules load before the module hooks are registered: once they are, every import is
// resolved on the hooks' thread, a round trip each, and a cell's `accessor-kit` is this very module.
import(kitModule)
  .then(() => {
    enableCellImports((file) => loadedFiles.add(file));
    refuseProcesses();
    // the folder of compiled guests the parent keeps, when it does (its only argument)
    const compiledGuests = process.argv[2];
    if (compiledGuests !== undefined) takeCompiledGuests(compiledGuests);
    return loadGuest("fetch");
  })
  .then(() => {
    process.once("message", (job: IsolatedJob) => void run(job).catch((error: unknown) => fail(described(error))));
    send({ ready: true } satisfies ChildMessage);
  })
  .catch((error: unknown) => fail(described(error)));
