// `npm run bench [-- --rounds <n>] [-- --readme]`: speed figures, each against a baseline measured
// in the same run, with the spread over interleaved rounds and the machine they came from. Not a
// test: nothing here fails on a slow figure. Every measured process runs the kit's compiled
// JavaScript (dist/, built first), never under a TypeScript loader, whose kept function names
// would be measured too.
//   1. the runtime's own host-call cost: an empty imported function (the physical floor), a
//      wasm-internal call, a direct JS import and a funcWrap host function, each in a process of
//      its own, over fresh sets of such processes;
//   2. per design, host calls through its addToLinker against a direct import, over fresh pairs of
//      processes (src/costs);
//   3. per design, what TypeScript 7 spends checking its cells, relative to field-ref (src/costs);
//   4. the main job, whole processes on both sides (main-job.ts), and the goals of issue 15.
// `--readme` writes the goals' table into README.md (between its bench markers) and the host-call
// costs per design into docs/host-calls.json, which the docs' decision table shows (`npm run docs`).

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type * as Costs from "../src/costs/index.ts";
import type * as Engine from "../src/engine/index.ts";
import type * as Report from "../src/report/costs.ts";
import type * as Kit from "../src/report/kit.ts";
import { goalTable, mainJobBenchmark, type Goal } from "./main-job.ts";

const kitRoot = fileURLToPath(new URL("../", import.meta.url));
const built = async <T>(path: string) => (await import(pathToFileURL(join(kitRoot, "dist", path)).href)) as T;
const costs = await built<typeof Costs>("costs/index.js");
const engine = await built<typeof Engine>("engine/index.js");
const report = await built<typeof Report>("report/costs.js");

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, readme: { type: "boolean", default: false } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`bench: --rounds must be a positive integer, got "${values.rounds}"`);
  process.exit(2);
}
/** Fresh pairs of measuring processes per design's host-call figure, and fresh sets of the runtime's loops' processes. */
const hostCallPairs = 2 * rounds + 1;
/** Timed runs per loop in each set of the runtime's loops' processes. */
const RUNS_PER_SET = 5;

/**
 * The runtime's loops, each in a compiled process of its own, timed in turn, over fresh sets of such
 * processes (as a design's figure is over fresh pairs): each figure the median over the sets of each
 * set's median, with the spread over the sets.
 */
async function runtimeHostCall(): Promise<{ lines: string[]; goal: Goal }> {
  const sets: Record<Costs.RuntimeLoop, number[]>[] = [];
  for (let set = 0; set < hostCallPairs; set++) sets.push(await costs.timeSubjects(costs.RUNTIME_LOOPS, RUNS_PER_SET));
  const overSets = (figure: (set: Record<Costs.RuntimeLoop, number[]>) => number) => costs.spread(sets.map(figure));
  const labels: Record<Costs.RuntimeLoop, string> = {
    floor: "an empty imported function (the floor)",
    internal: "wasm-internal call",
    import: "direct JS import writing the result",
    funcwrap: "funcWrap host function writing it",
  };
  const ratio = overSets((set) => costs.pairedRatio(set.funcwrap, set.import).median);
  const pinned = costs.pinningText(costs.measuringCpu() ?? undefined, "all");
  return {
    lines: [
      `runtime host-call cost: ns per call of a guest loop, median over ${hostCallPairs} fresh sets of processes (each loop in one of its own, ${RUNS_PER_SET} runs of ${costs.thousands(costs.RUN_CALLS)} calls each, timed in turn, ${pinned}), the spread over the sets`,
      ...costs.table([["callee", "ns/call", "spread"], ...costs.RUNTIME_LOOPS.map((loop) => [labels[loop], ...costs.spreadCells(overSets((set) => costs.spread(set[loop]).median), 2)])]),
      `  funcWrap / direct import: ${costs.formatRatio(ratio)}, ${costs.verdict(ratio.median, 1.3)}`,
    ],
    goal: { what: "funcWrap host function / direct import", figure: costs.formatRatio(ratio), goal: "<= 1.30x", met: ratio.median <= 1.3 },
  };
}

const machineAtStart = costs.describeMachine();
console.log(`accessor-kit benchmark, ${new Date().toISOString()}`);
console.log(`machine at the start: ${machineAtStart}`);
console.log("Every figure is a median over rounds (or fresh sets of processes) in which it and its baseline ran in turn; the spread over them shows the noise.\n");

const runtime = await runtimeHostCall();
for (const line of runtime.lines) console.log(line);

engine.setCaching(false);
const cells = costs.matrixCells();
const evaluation = await engine.evaluate({ designs: costs.designsOf(cells), compilers: ["ts7"] });
console.log();
const hostCalls = await costs.designHostCalls(evaluation, hostCallPairs);
for (const line of costs.hostCallTable(hostCalls)) console.log(line);
console.log();
for (const line of costs.typeCheckTable(await costs.typeCheckCosts(cells, rounds))) console.log(line);
console.log();
const mainJob = await mainJobBenchmark(kitRoot, rounds, engine, costs, (await built<typeof Kit>("report/kit.js")).scenarioIds());
for (const line of mainJob.lines) console.log(line);

const goals = [runtime.goal, ...mainJob.goals];
const machineAtEnd = costs.describeMachine();
const table = goalTable(goals);
console.log(`\ngoals (${goals.filter((g) => g.met).length} of ${goals.length} met):`);
for (const line of table) console.log(line);
console.log(`\nmachine at the end: ${machineAtEnd}`);

if (values.readme) {
  const readme = join(kitRoot, "README.md");
  const [start, end] = ["<!-- bench:start -->", "<!-- bench:end -->"];
  const text = readFileSync(readme, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`);
  const block = [start, `Latest run: ${new Date().toISOString().slice(0, 10)}, ${machineAtStart} (at the end: load average ${machineAtEnd.split("load average ").at(-1)}); ${rounds} round${rounds === 1 ? "" : "s"}.`, "", ...table, end].join("\n");
  writeFileSync(readme, text.slice(0, from) + block + text.slice(to + end.length));
  report.recordHostCalls(hostCalls, machineAtStart);
  console.log(`README.md: the goals' table rewritten; ${report.RECORDED_HOST_CALLS}: the host-call costs per design, for the docs (npm run docs)`);
}
