// `npm run bench [-- --rounds <n>]`: speed figures, each a ratio against a baseline measured in the
// same run, with the machine they came from. Not a test: nothing here fails on a slow figure.
//   1. the runtime's own host-call cost (issue 2): (a) wasm-internal, (b) direct JS import,
//      (c) funcWrap host function, and (c)/(b);
//   2. per design, host calls through its addToLinker against a direct import (src/costs);
//   3. per design, what TypeScript 7 spends checking its cells, relative to field-ref (src/costs);
//   4. the whole matrix evaluation against plain tsc and tsd, and both compilers against one (matrix.ts).

import { parseArgs } from "node:util";
import { Caller, Linker, loadGuest, Store } from "accessor-kit";
import {
  CALLS,
  describeMachine,
  designHostCalls,
  directImport,
  formatRatio,
  designsOf,
  hostCallTable,
  matrixCells,
  pairedRatio,
  spread,
  spreadCells,
  table,
  timeLoops,
  typeCheckCosts,
  typeCheckTable,
  verdict,
} from "../src/costs/index.ts";
import { evaluate } from "../src/engine/index.ts";
import { matrixBenchmark } from "./matrix.ts";

interface Counter {
  calls: number;
}

/** Issue 2's figures: a funcWrap host function against a direct JS import doing the same work. */
async function runtimeHostCall(rounds: number): Promise<string[]> {
  const REP = 7;
  const direct = new Caller<Counter>({ data: { calls: 0 } });
  const directExports = await directImport(
    (rep, ret) => {
      direct.writeU32(ret, 0);
      direct.writeU32(ret + 4, rep);
    },
    (memory) => (direct.memory = memory),
  );
  const linker = new Linker<Counter>();
  linker.instance("example:http/outgoing-handler").funcWrap("future-status", (caller: Caller<Counter>, rep: number, ret: number) => {
    caller.writeU32(ret, 0);
    caller.writeU32(ret + 4, rep);
  });
  const wrapped = linker.instantiate(new Store({ calls: 0 }), await loadGuest("loop")).exports;

  const loop = (exports: WebAssembly.Exports, kind: "internal" | "import") => ({ exports, kind, rep: REP, expect: REP });
  const samples = await timeLoops(rounds, {
    "(a) wasm-internal call": loop(directExports, "internal"),
    "(b) direct JS import": loop(directExports, "import"),
    "(c) funcWrap host function": loop(wrapped, "import"),
  });
  const ratio = pairedRatio(samples["(c) funcWrap host function"], samples["(b) direct JS import"]);
  return [
    `runtime host-call cost: ns per call of a guest loop, ${CALLS.toLocaleString("en")} calls per run, median of ${rounds} interleaved rounds`,
    ...table([
      ["callee", "ns/call", "round spread"],
      ...Object.entries(samples).map(([label, ns]) => [label, ...spreadCells(spread(ns), 2)]),
    ]),
    `  (c)/(b) funcWrap vs direct import: ${formatRatio(ratio)}, ${verdict(ratio.median, 1.3)}`,
  ];
}

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`bench: --rounds must be a positive integer, got "${values.rounds}"`);
  process.exit(2);
}
const hostCallRounds = 2 * rounds + 1;

console.log(`accessor-kit benchmark, ${new Date().toISOString()}`);
console.log(`machine at the start: ${describeMachine()}`);
console.log("Every figure is a median over rounds in which it and its baseline ran in turn; the spread over the rounds shows the noise.\n");

// First, in a process that has run nothing else yet (see src/costs/host-call.ts on type feedback).
for (const line of await runtimeHostCall(hostCallRounds)) console.log(line);

const cells = matrixCells();
const evaluation = await evaluate({ designs: designsOf(cells), compilers: ["ts7"] });
console.log();
for (const line of hostCallTable(await designHostCalls(evaluation, hostCallRounds))) console.log(line);
console.log();
for (const line of typeCheckTable(await typeCheckCosts(cells, rounds))) console.log(line);
console.log();
for (const line of await matrixBenchmark(cells, rounds)) console.log(line);
console.log(`\nmachine at the end: ${describeMachine()}`);
