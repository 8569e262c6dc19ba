// Host-call cost: ns per guest-to-host call of the loop guest (guests/loop.wat), which calls
// `example:http/outgoing-handler#future-status` in a loop. A design's figure is taken through one of
// its compiling cells (the host reached by the design's getter, through the Linker) and set against
// a direct JS import doing the same host work (the interface's own `future-status`, its host passed
// straight in: no getter, no Linker), the two timed in turn in the same rounds. A round is several
// short runs of each, in turn, rather than one long one: the same calls in all, but a median over
// many short paired runs is far steadier than one over a few long ones (a run that a burst of load
// on the shared machine slows is one of many, not one of three).
//
// The design and the direct import each run in a process of their own (host-call-process.ts): the
// kit's host code is shared by every path, so timing two paths in one process lets V8's type
// feedback from one (polymorphic call sites, deoptimizations) slow the other. A real embedding links
// one design; so does each measuring process.

import { type ChildProcess, fork } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compilers, confinedProcess, type Evaluation, firstLine, kitModule, kitRoot, resultCache, runtimeInputs, type ResultCache, type RunLimits, type ScenarioCell, siblingModule, STARTUP_MS } from "../engine/index.ts";
import { measuredOn } from "./machine.ts";
import { loadGuest } from "../guest.ts";
import { Caller } from "../runtime/caller.ts";
import { FutureIncomingResponse, HttpCtx } from "../interfaces/http-ctx.ts";
import { HttpViewHost, outgoingHandler } from "../interfaces/http.ts";
import { ipv4 } from "../interfaces/sockets-ctx.ts";
import { Linker } from "../runtime/linker.ts";
import { ResourceTable } from "../runtime/resource-table.ts";
import { Store } from "../runtime/store.ts";
import type { Linked } from "../scenarios/scenario.ts";
import { designsOf } from "./cells.ts";
import { loadTypeScript } from "./program.ts";
import { interleave, pairedRatio, spread, type Spread } from "./statistics.ts";

/** Guest calls per timed run (the runtime's own figure, and every untimed warm-up run). */
export const CALLS = 2_000_000;

/** A design's host calls are timed in rounds of this many short runs per side, in turn... */
const RUNS_PER_ROUND = 5;
/** ...each of this many guest calls (a round makes as many calls as one run of CALLS). */
export const RUN_CALLS = CALLS / RUNS_PER_ROUND;

/** A loop guest ready to time: its raw exports, which loop to run, and the rep every call passes. */
export interface GuestLoop {
  readonly exports: WebAssembly.Exports;
  readonly kind: "internal" | "import";
  readonly rep: number;
  /** What `last-result` must read after a run: the status the host answered. */
  readonly expect: number;
}

/**
 * ns per call of one timed run, in process CPU time (user + system): on a shared machine, the time
 * the process spends descheduled would otherwise count as the loop's.
 */
export function timeOnce(name: string, loop: GuestLoop, calls = CALLS): number {
  const run = loop.exports[`loop-${loop.kind}`] as (n: number, rep: number) => void;
  const start = process.cpuUsage();
  run(calls, loop.rep);
  const used = process.cpuUsage(start);
  const ns = ((used.user + used.system) * 1000) / calls;
  const last = (loop.exports["last-result"] as () => number)();
  if (last !== loop.expect) {
    throw new Error(`${name}: the guest read ${last < 0 ? `error code ${-last}` : last} after the loop, not ${loop.expect}`);
  }
  return ns;
}


/**
 * The loop guest instantiated with raw WebAssembly, `futureStatus` as a direct JS import; it gets
 * the guest memory once instantiation made it.
 */
export async function directImport(
  futureStatus: (rep: number, ret: number) => void,
  onMemory: (memory: WebAssembly.Memory) => void,
): Promise<WebAssembly.Exports> {
  const raw = new WebAssembly.Instance(await loadGuest("loop"), {
    [outgoingHandler.name]: { "future-status": futureStatus },
  });
  onMemory(raw.exports["memory"] as WebAssembly.Memory);
  return raw.exports;
}

/** The status the response pushed for the benchmark answers (the guest reads it back). */
const STATUS = 200;

function response(): FutureIncomingResponse {
  return new FutureIncomingResponse("localhost", ipv4("127.0.0.1"), STATUS);
}

const futureStatus = outgoingHandler.functions.find((func) => func.name === "future-status")!;

/** The baseline: the interface's own `future-status` as a direct import, its host passed straight in. */
export async function directFutureStatus(): Promise<GuestLoop> {
  const table = new ResourceTable();
  const rep = table.push(response()).rep;
  const host = new HttpViewHost({ table, http: new HttpCtx(STATUS) });
  const call = futureStatus.bind(() => host);
  const caller = new Caller<undefined>({ data: undefined });
  const exports = await directImport(
    (rep, ret) => call(caller, rep, ret),
    (memory) => (caller.memory = memory),
  );
  return { exports, kind: "import", rep, expect: STATUS };
}

/**
 * The runtime's own loops, whatever a design does: `floor`, an empty imported function (the
 * physical cost of a guest-to-JS call); `internal`, a wasm-internal function writing the result;
 * `import`, a direct JS import writing it through a Caller; `funcwrap`, a Linker funcWrap host
 * function writing it.
 */
export const RUNTIME_LOOPS = ["floor", "internal", "import", "funcwrap"] as const;
export type RuntimeLoop = (typeof RUNTIME_LOOPS)[number];

export function isRuntimeLoop(subject: string): subject is RuntimeLoop {
  return (RUNTIME_LOOPS as readonly string[]).includes(subject);
}

export async function runtimeLoop(loop: RuntimeLoop): Promise<GuestLoop> {
  const REP = 7;
  const writeResult = (caller: Caller<unknown>, rep: number, ret: number) => {
    caller.writeU32(ret, 0);
    caller.writeU32(ret + 4, rep);
  };
  if (loop === "funcwrap") {
    const linker = new Linker<undefined>();
    linker.instance(outgoingHandler.name).funcWrap("future-status", writeResult);
    return { exports: linker.instantiate(new Store(undefined), await loadGuest("loop")).exports, kind: "import", rep: REP, expect: REP };
  }
  const caller = new Caller<undefined>({ data: undefined });
  const host = loop === "floor" ? () => {} : (rep: number, ret: number) => writeResult(caller, rep, ret);
  const exports = await directImport(host, (memory) => (caller.memory = memory));
  return { exports, kind: loop === "internal" ? "internal" : "import", rep: REP, expect: loop === "floor" ? 0 : REP };
}

/**
 * ns per call of each subject (a runtime loop, "direct", or a cell file), each in a fresh process of
 * its own, timed in turn `runs` times (one process runs at any moment).
 */
export async function timeSubjects<K extends string>(subjects: readonly K[], runs: number, calls = RUN_CALLS): Promise<Record<K, number[]>> {
  const processes = await MeasuringProcess.startAll(subjects);
  try {
    const tasks = Object.fromEntries(subjects.map((subject, index) => [subject, () => processes[index]!.time(calls)])) as Record<K, () => Promise<number>>;
    return await interleave(runs, tasks);
  } finally {
    for (const measuring of processes) measuring.stop();
  }
}

/** A design's path: the loop guest instantiated by a cell's linker and store, reading a response pushed into its table. */
export async function linkedFutureStatus(linked: Linked<unknown>): Promise<GuestLoop> {
  const rep = linked.table.push(response()).rep;
  const { exports } = linked.linker.instantiate(linked.store, await loadGuest("loop"));
  return { exports, kind: "import", rep, expect: STATUS };
}

export interface HostCallCost {
  /** ns per call through the design's getter and the Linker, over the runs. */
  readonly design: Spread;
  /** ns per call of the direct import doing the same host work, over the runs. */
  readonly direct: Spread;
  /** design / direct, run by run (each design run against the direct run just before it). */
  readonly ratio: Spread;
  readonly rounds: number;
  /** Timed runs per side: `rounds` x RUNS_PER_ROUND. */
  readonly runs: number;
  /** Guest calls per timed run. */
  readonly calls: number;
}

/**
 * The host-call cost of the cell `file`'s `link()` against the direct import: each timed in a fresh
 * process of its own (so neither's type feedback reaches the other's code), run for run in turn.
 */
export async function hostCallCost(file: string, rounds: number): Promise<HostCallCost> {
  const [direct, design] = await MeasuringProcess.startAll(["direct", file]);
  try {
    return await timeAgainst(direct!, design!, rounds);
  } finally {
    direct!.stop();
    design!.stop();
  }
}

/** Times `design` against `direct` in `rounds` rounds of short runs, run for run in turn (only one of them runs at any moment). */
async function timeAgainst(direct: MeasuringProcess, design: MeasuringProcess, rounds: number): Promise<HostCallCost> {
  const runs = rounds * RUNS_PER_ROUND;
  const samples = await interleave(runs, { direct: () => direct.time(RUN_CALLS), design: () => design.time(RUN_CALLS) });
  const ratio = pairedRatio(samples.design, samples.direct);
  return { design: spread(samples.design), direct: spread(samples.direct), ratio, rounds, runs, calls: RUN_CALLS };
}

/** The goal per design (at most this many times the direct import); designs without one are only reported. */
export const hostCallGoals: Readonly<Record<string, number>> = {
  "field-ref": 1.3,
  "gat-like": 1.3,
  "dyn-view": 1.3,
  "borrow-host": 2,
  "borrow-mut": 2,
};

/** The scenarios whose cell a design's host calls are measured through, in order of preference. */
export const hostCallScenarios = ["shared-table", "field-projection"] as const;

/** A design's host-call figure, or why there is none. */
export type DesignHostCall = { readonly design: string; readonly goal?: number } & (
  | { readonly cell: string; readonly cost: HostCallCost }
  | { readonly unavailable: string }
);

/**
 * The cell a design's host calls go through: the first of `hostCallScenarios` that compiles on the
 * reference compiler and whose runtime check did not fail.
 */
export function hostCallCell(evaluation: Evaluation, design: string): ScenarioCell | undefined {
  const reference = compilers[0].id;
  for (const scenario of hostCallScenarios) {
    const found = evaluation.cells.find(({ cell }) => cell.kind === "scenario" && cell.design === design && cell.scenario === scenario);
    if (found?.compile[reference]?.outcome === "compiles" && found.runtime?.pass !== false) return found.cell as ScenarioCell;
  }
  return undefined;
}

/**
 * Every design's host-call cost, each against the one direct-import process, from the cache where
 * the design's cell and everything its run depends on are unchanged. Bounded: two measuring
 * processes are alive at once (the direct import's, and one design's at a time; the two are timed
 * in turn, so one core is busy timing), so time and memory grow linearly with the designs.
 */
export async function designHostCalls(evaluation: Evaluation, rounds: number, cache: ResultCache = resultCache(false)): Promise<DesignHostCall[]> {
  const designs = designsOf(evaluation.cells.map(({ cell }) => cell)).map((design) => {
    const goal = hostCallGoals[design];
    return { base: goal === undefined ? { design } : { design, goal }, cell: hostCallCell(evaluation, design) };
  });
  const results = new Map<string, DesignHostCall>();
  const toMeasure: { readonly base: { readonly design: string; readonly goal?: number }; readonly cell: ScenarioCell }[] = [];
  for (const { base, cell } of designs) {
    if (cell === undefined) results.set(base.design, { ...base, unavailable: `no compiling ${hostCallScenarios.join(" or ")} cell to link through` });
    else {
      const hit = cache.lookup<HostCallCost>("host-call", hostCallIdentity(cell, rounds));
      if (hit !== undefined) results.set(base.design, { ...base, cell: cell.id, cost: hit });
      else toMeasure.push({ base, cell });
    }
  }
  if (toMeasure.length > 0) {
    const direct = await MeasuringProcess.start("direct");
    try {
      for (const { base, cell } of toMeasure) {
        try {
          const since = Date.now();
          const design = await MeasuringProcess.start(cell.file, confinementOf(evaluation, cell));
          try {
            const cost = await timeAgainst(direct, design, rounds);
            cache.store("host-call", hostCallIdentity(cell, rounds), runtimeInputs(cell.file, evaluation.imports ?? new Map()), cost, since);
            results.set(base.design, { ...base, cell: cell.id, cost });
          } finally {
            design.stop();
          }
        } catch (error) {
          results.set(base.design, { ...base, unavailable: error instanceof Error ? error.message : String(error) });
        }
      }
    } finally {
      direct.stop();
    }
  }
  return designs.map(({ base }) => results.get(base.design)!);
}

/** How a proposal's cell is confined (see Evaluation.confined); undefined for the kit's cells. */
function confinementOf({ confined }: Evaluation, cell: ScenarioCell): Confinement | undefined {
  const folder = confined?.folders.find((candidate) => dirname(cell.file) === candidate);
  return folder === undefined ? undefined : { folder, limits: confined!.limits };
}

/** Where a measuring process for a proposal's cell may write, and its limits: the cell runs under them. */
interface Confinement {
  readonly folder: string;
  readonly limits: RunLimits;
}

/** What a host-call figure is: which cell, how many rounds and calls, on which machine and node, by which kit. */
function hostCallIdentity(cell: ScenarioCell, rounds: number): object {
  return { cell: cell.file, rounds, calls: RUN_CALLS, runs: RUNS_PER_ROUND, kit: kitModule, ...measuredOn() };
}

const processModule = fileURLToPath(siblingModule("host-call-process", import.meta.url));

/** The argument after the subject that tells a measuring process its subject is a proposal's: refuse it processes and workers. */
export const CONFINED = "--confined";

/** What a measuring process sends: ready after its warm-up, then ns per call for each run asked. */
export type MeasuringMessage = { readonly ready: true } | { readonly ns: number } | { readonly error: string };

/** What a measuring process is asked: one timed run of this many guest calls. */
export interface TimeRequest {
  readonly calls: number;
}

/** A node process running host-call-process.ts for one subject: "direct", or a cell file. */
class MeasuringProcess {
  /** What it wrote to stderr, for the one line reported when it dies. */
  private readonly stderr: Buffer[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly subject: string,
    /** Per answer, for a proposal's process. */
    private readonly timeoutMs: number | undefined,
  ) {
    child.stderr?.on("data", (chunk: Buffer) => this.stderr.push(chunk));
  }

  /** Starts one process per subject, all at once; rejects (stopping the others) if any fails. */
  static async startAll(subjects: readonly string[]): Promise<MeasuringProcess[]> {
    const started = await Promise.allSettled(subjects.map((subject) => MeasuringProcess.start(subject)));
    const failed = started.find((settled) => settled.status === "rejected");
    if (failed === undefined) return started.map((settled) => (settled as PromiseFulfilledResult<MeasuringProcess>).value);
    for (const settled of started) if (settled.status === "fulfilled") settled.value.stop();
    throw failed.reason;
  }

  /** A process measuring `subject`; a proposal's `confinement` confines it as its cells' runs are (engine/confinement.ts). */
  static async start(subject: string, confinement?: Confinement): Promise<MeasuringProcess> {
    const confined = confinement === undefined ? undefined : confinedProcess(confinement.folder, confinement.limits);
    const child = fork(processModule, confined === undefined ? [subject] : [subject, CONFINED], {
      cwd: kitRoot,
      execArgv: [...loadTypeScript, ...(confined?.execArgv ?? [])],
      ...(confined && { env: confined.env }),
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const measuring = new MeasuringProcess(child, subject, confinement?.limits.timeoutMs);
    try {
      // Loading the kit comes before the proposal's code: it has the startup allowance besides.
      await measuring.next(confinement && STARTUP_MS + confinement.limits.timeoutMs);
    } catch (error) {
      measuring.stop();
      throw error;
    }
    return measuring;
  }

  async time(calls: number): Promise<number> {
    this.child.send({ calls } satisfies TimeRequest);
    const message = await this.next();
    if (!("ns" in message)) throw new Error(`${this.subject}: the measuring process answered ${JSON.stringify(message)}`);
    return message.ns;
  }

  stop(): void {
    this.child.kill();
  }

  /** Its next message; an `{ error }` message, its exit, or no answer within `timeoutMs` (a proposal's process) rejects. */
  private next(timeoutMs = this.timeoutMs): Promise<MeasuringMessage> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: MeasuringMessage) => {
        done();
        if ("error" in message) reject(new Error(message.error));
        else resolve(message);
      };
      const onExit = (code: number | null) => {
        done();
        const first = firstLine(Buffer.concat(this.stderr).toString("utf8"));
        reject(new Error(`the measuring process for ${this.subject} exited with ${code}${first ? `: ${first}` : ""}`));
      };
      const clock =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              done();
              this.stop();
              reject(new Error(`the measuring process for ${this.subject} did not answer within ${timeoutMs / 1000} s (the time limit per run, --timeout)`));
            }, timeoutMs);
      const done = () => {
        clearTimeout(clock);
        this.child.off("message", onMessage).off("exit", onExit);
      };
      this.child.on("message", onMessage).on("exit", onExit);
    });
  }
}
