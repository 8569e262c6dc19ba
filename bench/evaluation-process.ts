// One matrix evaluation in a fresh process, for bench/matrix.ts (a second evaluation in the same
// process would find the cells and the guest already loaded):
//   node --import tsx bench/evaluation-process.ts '<EvaluateOptions as JSON>'
// prints an EvaluationTiming as JSON.

import { evaluate, type EvaluateOptions } from "../src/engine/index.ts";
import type { CompilerId } from "../src/engine/index.ts";

export interface EvaluationTiming {
  /** The engine's own account of the evaluation's wall time. */
  readonly ms: number;
  /** Each compiler's runs, and the runtime checks (which start beside the reference compiler's runs). */
  readonly compilerMs: Partial<Record<CompilerId, number>>;
  readonly runtimeMs: number;
  readonly pass: boolean;
  readonly cells: number;
  /** Distinct diagnostics (file, line, column, code) per compiler. */
  readonly diagnostics: Partial<Record<CompilerId, number>>;
}

const evaluation = await evaluate(JSON.parse(process.argv[2] ?? "{}") as EvaluateOptions);
const diagnostics: Partial<Record<CompilerId, number>> = {};
for (const { compiler } of evaluation.runs) {
  const seen = new Set(
    evaluation.cells.flatMap(({ compile }) => (compile[compiler]?.diagnostics ?? []).map((d) => `${d.file}:${d.line}:${d.column}:${d.code}`)),
  );
  diagnostics[compiler] = seen.size;
}
const compilerMs = Object.fromEntries(evaluation.runs.map((run) => [run.compiler, run.ms]));
const timing: EvaluationTiming = { ms: evaluation.ms, compilerMs, runtimeMs: evaluation.runtimeMs, pass: evaluation.pass, cells: evaluation.cells.length, diagnostics };
process.stdout.write(JSON.stringify(timing));
