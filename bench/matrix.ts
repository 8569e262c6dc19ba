// The whole matrix evaluation timed against its baselines, all over the same cells (every design
// cell and its support modules; findings are not part of the matrix) and interleaved round by round:
// - the engine with TS 7 and the runtime checks (what the matrix command does for one compiler),
//   against plain `tsc --noEmit` (TS 7), goal at most 2x, and against tsd, goal at least 5x faster;
// - the engine with TS 6 and TS 7 in parallel against the slower of them alone, runtime checks off
//   in all three, goal at most 1.3x.
// Every engine evaluation runs in a fresh process (evaluation-process.ts) and is timed by the
// engine itself: node and module start-up are left out, the compilers' start-up is in, as in the
// baselines (each a compiler process timed from spawn to exit).

import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkFiles,
  compiler,
  designsOf,
  formatRatio,
  interleave,
  loadTypeScript,
  pairedRatio,
  runNode,
  spread,
  spreadCells,
  table,
  verdict,
} from "../src/costs/index.ts";
import { type EvaluateOptions, firstLine, kitRoot, type ScenarioCell, supportModules } from "../src/engine/index.ts";
import type { EvaluationTiming } from "./evaluation-process.ts";

const evaluationProcess = fileURLToPath(new URL("./evaluation-process.ts", import.meta.url));
/** tsd's command line, by its path: the package exports only its API. */
const tsdCli = join(kitRoot, "node_modules", "tsd", "dist", "cli.js");

/** What the runs of the matrix figure reported: the engine's, and the error counts of the baselines (the last run's). */
interface Checked {
  readonly engine: EvaluationTiming[];
  tsc?: number;
  tsd?: number;
}

async function engine(options: EvaluateOptions, timings?: EvaluationTiming[]): Promise<number> {
  const run = await runNode([...loadTypeScript, evaluationProcess, JSON.stringify(options)]);
  if (run.code !== 0) throw new Error(`the engine's evaluation failed: ${firstLine(run.stderr || run.stdout)}`);
  const timing = JSON.parse(run.stdout) as EvaluationTiming;
  timings?.push(timing);
  return timing.ms;
}

const count = (output: string, line: RegExp) => output.split(/\r?\n/).filter((text) => line.test(text)).length;

export async function matrixBenchmark(cells: readonly ScenarioCell[], rounds: number): Promise<string[]> {
  const designs = designsOf(cells);
  const files = [...cells.map((cell) => cell.file), ...supportModules(cells.map((cell) => cell.file))];
  const checked: Checked = { engine: [] };
  const matrix = { designs, compilers: ["ts7"] } as const;

  const samples = await interleave(rounds, {
    engine: () => engine(matrix, checked.engine),
    tsc: async () => {
      const run = await checkFiles(compiler("ts7"), files, ["--noEmit"]);
      checked.tsc = count(run.stdout, /: error TS\d+:/);
      return run.ms;
    },
    tsd: async () => {
      const run = await runNode([tsdCli, "--typings", "dist/index.d.ts", ...files.flatMap((file) => ["--files", relative(kitRoot, file)])]);
      const reported = count(run.stdout + run.stderr, /^\s*✖\s+\d+:\d+/);
      if (run.code !== 0 && reported === 0) throw new Error(`tsd failed: ${firstLine(run.stderr || run.stdout)}`);
      checked.tsd = reported;
      return run.ms;
    },
    both: () => engine({ designs, compilers: ["ts7", "ts6"], runtime: false }),
    ts6: () => engine({ designs, compilers: ["ts6"], runtime: false }),
    ts7: () => engine({ designs, compilers: ["ts7"], runtime: false }),
  });

  const ms = (values: readonly number[]) => spreadCells(spread(values), 0, " ms");
  const slower = spread(samples.ts6).median >= spread(samples.ts7).median ? "ts6" : "ts7";
  const engineVsTsc = pairedRatio(samples.engine, samples.tsc);
  const compileVsTsc = pairedRatio(samples.ts7, samples.tsc);
  const tsdVsEngine = pairedRatio(samples.tsd, samples.engine);
  const bothVsSlower = pairedRatio(samples.both, samples[slower]);
  const engineRun = checked.engine.at(-1);
  const median = (values: readonly number[]) => spread(values).median.toFixed(0);
  return [
    `matrix evaluation: ${cells.length} cells of ${designs.length} designs and their support modules (findings excluded), median of ${rounds} interleaved rounds`,
    ...table([
      ["run", "median", "round spread"],
      ["engine, TS 7, with runtime checks", ...ms(samples.engine)],
      ["plain tsc --noEmit, TS 7", ...ms(samples.tsc)],
      ["tsd 0.33 (its own TypeScript 5.9)", ...ms(samples.tsd)],
      ["engine, TS 6 alone, no runtime checks", ...ms(samples.ts6)],
      ["engine, TS 7 alone, no runtime checks", ...ms(samples.ts7)],
      ["engine, TS 6 + TS 7 in parallel, no runtime checks", ...ms(samples.both)],
    ]),
    `  engine (TS 7) / plain tsc: ${formatRatio(engineVsTsc)}, ${verdict(engineVsTsc.median, 2)}`,
    `    of the engine's time, the TS 7 run (--explainFiles included) took ${median(checked.engine.map((t) => t.compilerMs.ts7 ?? 0))} ms; the runtime checks, started beside it, ran ${median(checked.engine.map((t) => t.runtimeMs))} ms, and the evaluation ended ${median(checked.engine.map((t) => t.ms - (t.compilerMs.ts7 ?? 0)))} ms later than the TS 7 run took (cell discovery, runtime checks left, judging); without runtime checks, engine / plain tsc is ${formatRatio(compileVsTsc)}`,
    `  tsd / engine (TS 7): ${formatRatio(tsdVsEngine)} (how many times faster the engine is), ${verdict(tsdVsEngine.median, 5, "at least")}`,
    `  both compilers / the slower alone (${slower}): ${formatRatio(bothVsSlower)}, ${verdict(bothVsSlower.median, 1.3)}`,
    `  same cells seen by each: engine TS 7 ${engineRun?.diagnostics.ts7 ?? "?"} distinct diagnostics${engineRun?.pass === false ? " (the matrix does NOT pass: some cell is unexpected)" : " (every cell as expected)"}, plain tsc ${checked.tsc ?? "?"}, tsd ${checked.tsd ?? "?"} errors`,
  ];
}
