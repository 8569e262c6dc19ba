// Report: the per-design costs as plain-text tables, for `npm run bench` and the matrix command.

import { renderTable } from "../report/table.ts";
import type { DesignHostCall } from "./host-call.ts";
import { formatRatio, type Spread } from "./statistics.ts";
import { typeCheckReference, type TypeCheckCost } from "./type-check.ts";

/** A table of one-line cells, indented under its title, wrapped to `width`. */
export function table(rows: readonly (readonly string[])[], width = Infinity): string[] {
  return renderTable(rows.map((row) => row.map((text) => [text])), width - 2).map((line) => (line === "" ? line : `  ${line}`));
}

/** Two table cells for a figure over rounds: its median (with `unit`), and its range `min..max`. */
export function spreadCells(figure: Spread, digits: number, unit = ""): [string, string] {
  return [`${figure.median.toFixed(digits)}${unit}`, `${figure.min.toFixed(digits)}..${figure.max.toFixed(digits)}`];
}

/** Whether a measured ratio meets its goal: at most `goal` (a cost), or at least (a speed-up). */
export function verdict(ratio: number, goal: number | undefined, bound: "at most" | "at least" = "at most"): string {
  if (goal === undefined) return "no goal";
  const met = bound === "at most" ? ratio <= goal : ratio >= goal;
  return `goal ${bound === "at most" ? "<=" : ">="} ${goal.toFixed(2)}x: ${met ? "met" : "MISSED"}`;
}

/** `400,000`: digits grouped by threes (toLocaleString would load the ICU data, a tenth of a warm run). */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** Where processes timed against each other ran: `who` ("both", "all") on the CPU they were pinned to, or that they were not pinned. */
export function pinningText(cpu: number | undefined, who: string): string {
  return cpu === undefined ? "not pinned to one CPU (taskset cannot pin here)" : `${who} on CPU ${cpu}`;
}

export function hostCallTable(results: readonly DesignHostCall[], width = Infinity): string[] {
  const measured = results.flatMap((r) => ("cost" in r ? [r.cost] : []))[0];
  const how =
    measured === undefined
      ? ""
      : ` (median over ${measured.pairs} fresh pairs of processes, the design's and the direct import's, each pair timed in ${measured.runs} runs of ${thousands(measured.calls)} calls per side, run for run in turn, ${pinningText(measured.pinnedTo, "both")}; a pair's figure is the median of its runs, and the spread over the pairs is in brackets)`;
  const title = `host-call cost per design: ns per guest call through the design's addToLinker and the Linker, against a direct import doing the same host work${how}`;
  const rows = results.map((r) =>
    "cost" in r
      ? [r.design, r.cell, r.cost.design.median.toFixed(1), r.cost.direct.median.toFixed(1), formatRatio(r.cost.ratio), verdict(r.cost.ratio.median, r.goal)]
      : [r.design, `not measured: ${r.unavailable}`, "", "", "", ""],
  );
  return [title, ...table([["design", "linked through", "design ns", "direct ns", "design/direct", "goal"], ...rows], width)];
}

export function typeCheckTable(results: readonly TypeCheckCost[], width = Infinity): string[] {
  const rounds = results[0] === undefined ? "" : `; check time from the fastest of ${results[0].rounds} rounds, the whole program's rounds beside it`;
  const title = `type-check cost per design: TypeScript 7 (--singleThreaded) on the design's cells and module, above a program of the kit alone, relative to ${typeCheckReference}${rounds}`;
  const times = (x: number | undefined) => (x === undefined ? "-" : `${x.toFixed(2)}x`);
  // Below a millisecond the difference is only noise: no time, and no ratio to one.
  const resolved = (ms: number) => ms >= 1;
  const reference = results.find((r) => r.design === typeCheckReference);
  const rows = results.map((r) => [
    r.design,
    String(r.cells),
    resolved(r.checkMs) ? `${r.checkMs.toFixed(0)} ms` : "< 1 ms",
    `${spreadCells(r.programMs, 0)[1]} ms`,
    resolved(r.checkMs) && reference !== undefined && resolved(reference.checkMs) ? times(r.relative?.checkMs) : "-",
    String(r.instantiations),
    times(r.relative?.instantiations),
    String(r.types),
  ]);
  return [
    title,
    ...table([["design", "cells", "check time", "program's rounds", `vs ${typeCheckReference}`, "instantiations", `vs ${typeCheckReference}`, "types"], ...rows], width),
  ];
}
