// Host-call cost: ns per guest-to-host call of the loop guest (guests/loop.wat), which calls
// `example:http/outgoing-handler#future-status` in a loop. A design's figure is taken through one of
// its compiling cells (the host reached by the design's getter, through the Linker) and set against
// a direct JS import doing the same host work (the interface's own `future-status`, its host passed
// straight in: no getter, no Linker).
//
// The design and the direct import each run in a process of their own (host-call-process.ts): the
// kit's host code is shared by every path, so timing two paths in one process lets V8's type
// feedback from one (polymorphic call sites, deoptimizations) slow the other. A real embedding links
// one design; so does each measuring process. A figure is taken over several fresh pairs of such
// processes, each pair timed in short runs, run for run in turn: a pair's figure is the median of its
// paired runs, and the figure the median over the pairs, with their spread, so that what differs
// from one process to the next shows in the spread instead of in the figure.
//
// Two things made a pair's figure depend on the pair rather than the design (measured on the 2-core
// machine this kit is developed on, fresh pairs one after another), and both are dealt with:
// - V8's background compiler: with V8's default, a thread beside the running code optimizes its
//   JavaScript, and which code a process settles on depends on when that thread ran. On one core,
//   four pairs put field-ref's figure at 1.05x to 1.47x and gat-like's at 1.34x to 2.02x; with V8's
//   JavaScript optimizer on the main thread (--no-concurrent-recompilation, every measuring
//   process), at 1.14x to 1.20x and 1.65x to 1.70x. (The guest's WebAssembly still tiers up in the
//   background, as V8 does by default.)
// - The cores: the two processes of a pair, timed in turn, could run on different cores, which need
//   not run alike (machine.ts): with the option alone, two of twelve figures (three pairs each) had
//   the direct import at 29 to 30 ns against 18 in the others, and ratios of 0.72x and 0.76x. Both
//   processes of a pair are pinned to one CPU where taskset can (`measuringCpu`); a pair that cannot
//   be pinned there gives no figure.

import { type ChildProcess, fork } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compilers, confinedProcess, type Evaluation, firstLine, kitModule, kitRoot, resultCache, runtimeInputs, type ResultCache, type RunLimits, type ScenarioCell, siblingModule, STARTUP_MS } from "../engine/index.ts";
import { measuredOn, measuringCpu, pinToCpu } from "./machine.ts";
import { guestBinary, loadGuest } from "../guest.ts";
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

/** Guest calls of every untimed warm-up run (and of a timed run unless asked for fewer). */
export const CALLS = 2_000_000;

/** Each pair of measuring processes is timed in this many short runs per side, in turn... */
const RUNS_PER_PAIR = 5;
/** ...each of this many guest calls (a pair makes as many calls per side as one run of CALLS). */
export const RUN_CALLS = CALLS / RUNS_PER_PAIR;

/** The V8 options of every measuring process: its loop optimized on the main thread, the same in every process (see above). */
const MEASURING_V8_OPTIONS: readonly string[] = ["--no-concurrent-recompilation"];

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
  const processes = await MeasuringProcess.startAll(subjects.map((subject) => ({ subject })));
  try {
    pinToOneCpu(processes);
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
  /** ns per call through the design's getter and the Linker: each pair's median, over the pairs. */
  readonly design: Spread;
  /** ns per call of the direct import doing the same host work: each pair's median, over the pairs. */
  readonly direct: Spread;
  /** design / direct: each pair's median of its paired runs (a design run against the direct run just before it), over the pairs. */
  readonly ratio: Spread;
  /** Fresh pairs of measuring processes, a design's and the direct import's. */
  readonly pairs: number;
  /** Timed runs per side in each pair. */
  readonly runs: number;
  /** Guest calls per timed run. */
  readonly calls: number;
  /** The CPU both processes of every pair were pinned to (machine.ts); absent where they could not be. */
  readonly pinnedTo?: number;
}

/**
 * The host-call cost of the cell `file`'s `link()` against the direct import, over `pairs` fresh
 * pairs of processes (so neither's type feedback reaches the other's code, and what differs between
 * processes shows in the spread), each pair run for run in turn; a proposal's cell runs confined.
 */
export async function hostCallCost(file: string, pairs: number, confinement?: Confinement): Promise<HostCallCost> {
  const measured: PairFigure[] = [];
  const pinnedTo = measuringCpu();
  for (let pair = 0; pair < pairs; pair++) {
    const [direct, design] = await MeasuringProcess.startAll([{ subject: "direct" }, { subject: file, confinement }]);
    try {
      pinToOneCpu([direct!, design!]);
      measured.push(await timePair(direct!, design!));
    } finally {
      direct!.stop();
      design!.stop();
    }
  }
  const over = (figure: keyof PairFigure) => spread(measured.map((pair) => pair[figure]));
  return { design: over("design"), direct: over("direct"), ratio: over("ratio"), pairs, runs: RUNS_PER_PAIR, calls: RUN_CALLS, ...(pinnedTo === null ? {} : { pinnedTo }) };
}

/** Pins the processes timed against each other to one CPU (`measuringCpu`), where there is one; throws if one of them could not be pinned there. */
function pinToOneCpu(processes: readonly MeasuringProcess[]): void {
  const cpu = measuringCpu();
  if (cpu === null) return;
  const unpinned = processes.find((measuring) => !measuring.pin(cpu));
  if (unpinned !== undefined) throw new Error(`the measuring process for ${unpinned.subject} could not be pinned to CPU ${cpu}`);
}

/** One pair's figures: the medians of its runs, and of its paired ratios. */
interface PairFigure {
  readonly design: number;
  readonly direct: number;
  readonly ratio: number;
}

/** Times `design` against `direct` in short runs, run for run in turn (only one of them runs at any moment). */
async function timePair(direct: MeasuringProcess, design: MeasuringProcess): Promise<PairFigure> {
  const samples = await interleave(RUNS_PER_PAIR, { direct: () => direct.time(RUN_CALLS), design: () => design.time(RUN_CALLS) });
  return { design: spread(samples.design).median, direct: spread(samples.direct).median, ratio: pairedRatio(samples.design, samples.direct).median };
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
 * Every design's host-call cost over `pairs` fresh pairs of processes, from the cache where the
 * design's cell and everything its run depends on are unchanged. Bounded: two measuring processes
 * are alive at once (one pair; its two are timed in turn, so one core is busy timing), so time and
 * memory grow linearly with the designs.
 */
export async function designHostCalls(evaluation: Evaluation, pairs: number, cache: ResultCache = resultCache(false)): Promise<DesignHostCall[]> {
  const results: DesignHostCall[] = [];
  for (const design of designsOf(evaluation.cells.map(({ cell }) => cell))) {
    const goal = hostCallGoals[design];
    const base = goal === undefined ? { design } : { design, goal };
    const cell = hostCallCell(evaluation, design);
    if (cell === undefined) {
      results.push({ ...base, unavailable: `no compiling ${hostCallScenarios.join(" or ")} cell to link through` });
      continue;
    }
    const identity = hostCallIdentity(cell, pairs);
    const hit = cache.lookup<HostCallCost>("host-call", identity);
    if (hit !== undefined) {
      results.push({ ...base, cell: cell.id, cost: hit });
      continue;
    }
    try {
      const since = Date.now();
      const cost = await hostCallCost(cell.file, pairs, confinementOf(evaluation, cell));
      cache.store("host-call", identity, runtimeInputs(cell.file, evaluation.imports ?? new Map()), cost, since);
      results.push({ ...base, cell: cell.id, cost });
    } catch (error) {
      results.push({ ...base, unavailable: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
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

/** What a host-call figure is: which cell, how many pairs, runs and calls, under which V8 options, on which machine and node, by which kit. */
function hostCallIdentity(cell: ScenarioCell, pairs: number): object {
  return { cell: cell.file, pairs, runs: RUNS_PER_PAIR, calls: RUN_CALLS, v8: MEASURING_V8_OPTIONS, pinnedTo: measuringCpu(), kit: kitModule, ...measuredOn() };
}

const processModule = fileURLToPath(siblingModule("host-call-process", import.meta.url));

let loopGuest: Promise<string> | undefined;

/** The loop guest's binary as a measuring process takes it (`--loop-guest`), compiled once here. */
function loopGuestArgument(): Promise<string> {
  loopGuest ??= guestBinary("loop").then((binary) => Buffer.from(binary).toString("base64"));
  return loopGuest;
}

/** A measuring process's option (`--confined`): its subject is a proposal's, so refuse it processes and workers. */
export const CONFINED = "confined";
/** A measuring process's option (`--loop-guest <base64>`): the loop guest's binary, compiled by its parent (`takeGuestBinary`). */
export const LOOP_GUEST = "loop-guest";

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
    readonly subject: string,
    /** Per answer, for a proposal's process. */
    private readonly timeoutMs: number | undefined,
  ) {
    child.stderr?.on("data", (chunk: Buffer) => this.stderr.push(chunk));
  }

  /** Starts one process per subject, all at once; rejects (stopping the others) if any fails. */
  static async startAll(subjects: readonly { readonly subject: string; readonly confinement?: Confinement | undefined }[]): Promise<MeasuringProcess[]> {
    const started = await Promise.allSettled(subjects.map(({ subject, confinement }) => MeasuringProcess.start(subject, confinement)));
    const failed = started.find((settled) => settled.status === "rejected");
    if (failed === undefined) return started.map((settled) => (settled as PromiseFulfilledResult<MeasuringProcess>).value);
    for (const settled of started) if (settled.status === "fulfilled") settled.value.stop();
    throw failed.reason;
  }

  /** A process measuring `subject`; a proposal's `confinement` confines it as its cells' runs are (engine/confinement.ts). */
  static async start(subject: string, confinement?: Confinement): Promise<MeasuringProcess> {
    const confined = confinement === undefined ? undefined : confinedProcess(confinement.folder, confinement.limits);
    const options = [...(confined === undefined ? [] : [`--${CONFINED}`]), `--${LOOP_GUEST}`, await loopGuestArgument()];
    const child = fork(processModule, [subject, ...options], {
      cwd: kitRoot,
      execArgv: [...MEASURING_V8_OPTIONS, ...loadTypeScript, ...(confined?.execArgv ?? [])],
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

  /** Pins its every thread to `cpu`; false if it could not. */
  pin(cpu: number): boolean {
    return this.child.pid !== undefined && pinToCpu(this.child.pid, cpu);
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
