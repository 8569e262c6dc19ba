// Report: everything one matrix or check run produced, as the renderers take it. The matrix is
// what the compilers, the guest and rustc said; costs and figures are run-dependent numbers the
// text and JSON formats show and the generated docs leave out.

import type { Costs } from "./costs.ts";
import type { KitRun } from "./kit.ts";
import type { Matrix } from "./matrix.ts";

export interface Figures {
  /** Wall time of the whole command, from start to report. */
  readonly wallMs: number;
  /** Wall time of the engine's evaluation (all compilers and the runtime checks). */
  readonly evaluationMs: number;
  readonly compilers: readonly { readonly id: string; readonly ms: number; readonly programs: number }[];
  readonly runtimeMs: number;
  /** Wall time of the rustc runs; absent when the Rust column did not run. */
  readonly rustMs?: number;
  /** Wall time of measuring the costs, after the rest. */
  readonly costsMs: number;
}

export interface Report {
  /** `matrix`, or `check <folder>`: what was run. */
  readonly command: string;
  readonly matrix: Matrix;
  /** Configured compilers that did not run, and why (an optional one that is not installed). */
  readonly compilersNotRun: readonly { readonly id: string; readonly reason: string }[];
  readonly costs: Costs;
  readonly figures: Figures;
}

export function figuresOf({ evaluation, rust }: KitRun, wallMs: number, costsMs: number): Figures {
  return {
    wallMs,
    costsMs,
    evaluationMs: evaluation.ms,
    compilers: evaluation.runs.map((run) => ({ id: run.compiler, ms: run.ms, programs: run.programs })),
    runtimeMs: evaluation.runtimeMs,
    ...(rust.status === "ran" ? { rustMs: rust.ms } : {}),
  };
}
