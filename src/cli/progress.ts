// Progress: one status line on stderr while a run goes, redrawn in place: the cells each compiler
// has judged out of all, the guest runs done, whether rustc is still at work, then the costs being
// measured, and the time so far. Only on a terminal, and not under --quiet: a log or a pipe gets
// nothing but the report. The line is cleared before the report is written.

import type { EvaluationProgress } from "../engine/index.ts";

export interface ProgressDisplay {
  evaluation(progress: EvaluationProgress): void;
  rustDone(): void;
  stage(text: string): void;
  stop(): void;
}

const silent: ProgressDisplay = { evaluation() {}, rustDone() {}, stage() {}, stop() {} };

const CLEAR = "\r\u001b[2K";

export function progressOn(stream: NodeJS.WriteStream, options: { readonly quiet: boolean; readonly cells: number }): ProgressDisplay {
  if (options.quiet || !stream.isTTY) return silent;
  const started = performance.now();
  let evaluation: EvaluationProgress = { cells: options.cells, judged: {}, ran: 0 };
  let rust = "rustc at work";
  let stage = "";
  const draw = () => {
    const judged = Object.entries(evaluation.judged).map(([compiler, count]) => `${compiler} ${count}/${evaluation.cells}`);
    const parts = stage !== "" ? [stage] : [`${evaluation.cells} cells`, ...judged, `${evaluation.ran} guest runs`, rust];
    const line = `accessor-kit: ${parts.join(" · ")} · ${((performance.now() - started) / 1000).toFixed(0)} s`;
    stream.write(`${CLEAR}${line.slice(0, Math.max(10, (stream.columns || 80) - 1))}`);
  };
  const timer = setInterval(draw, 1000).unref();
  draw();
  return {
    evaluation(progress) {
      evaluation = progress;
      draw();
    },
    rustDone() {
      rust = "rustc done";
      draw();
    },
    stage(text) {
      stage = text;
      draw();
    },
    stop() {
      clearInterval(timer);
      stream.write(CLEAR);
    },
  };
}
