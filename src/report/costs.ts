// Costs under the matrix: per design, what a guest-to-host call costs through its addToLinker
// (against a direct import, measured in the same run) and what TypeScript 7 spends checking its
// cells (relative to field-ref), both measured by src/costs after the evaluation, the first over 3
// fresh pairs of processes per design, the second in 1 round (`npm run bench` takes more), and kept
// in the result cache until what they measure changes. Run-dependent figures: the text and JSON
// formats show them.
// The generated docs show the host-call costs only as `npm run bench -- --readme` recorded them
// (docs/host-calls.json, with the date and machine), so they change only when the bench is rerun.

import { designHostCalls, hostCallTable, typeCheckCosts, typeCheckTable, type DesignHostCall, type TypeCheckCost } from "../costs/index.ts";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { kitRoot, resultCache, type Evaluation, type ScenarioCell } from "../engine/index.ts";

export type Costs =
  | {
      readonly status: "measured";
      readonly hostCalls: readonly DesignHostCall[];
      readonly typeChecks: readonly TypeCheckCost[];
      /** Present when the figures are a bench run's, recorded: not this run's. */
      readonly recorded?: RecordedRun;
    }
  | { readonly status: "not-measured"; readonly reason: string };

/** When and where a recorded bench run measured. */
export interface RecordedRun {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly machine: string;
  /** The file the figures were read from, relative to the kit's root. */
  readonly file: string;
  /** The fresh pairs of processes each figure is the median over. */
  readonly pairs: number;
  /** Whether both processes of every pair were pinned to one CPU. */
  readonly pinned: boolean;
}

/** Where `npm run bench -- --readme` records the host-call costs per design for the docs. */
export const RECORDED_HOST_CALLS = join(kitRoot, "docs", "host-calls.json");

/** Records a bench run's host-call costs per design (what `recordedCosts` reads). */
export function recordHostCalls(hostCalls: readonly DesignHostCall[], machine: string, date: Date = new Date()): void {
  writeFileSync(RECORDED_HOST_CALLS, `${JSON.stringify({ date: date.toISOString().slice(0, 10), machine, hostCalls }, null, 2)}\n`);
}

/** The host-call costs the last `npm run bench -- --readme` recorded; not measured (with why) when there are none or the file is not one. */
export function recordedCosts(file: string = RECORDED_HOST_CALLS): Costs {
  const shown = relative(kitRoot, file);
  if (!existsSync(file)) return { status: "not-measured", reason: `no bench run recorded in ${shown} (\`npm run bench -- --readme\` writes it)` };
  const recorded = JSON.parse(readFileSync(file, "utf8")) as { date?: unknown; machine?: unknown; hostCalls?: unknown };
  const { date, machine, hostCalls } = recorded;
  if (typeof date !== "string" || typeof machine !== "string" || !Array.isArray(hostCalls) || !hostCalls.every(isDesignHostCall)) {
    throw new Error(`${shown} is not a recorded bench run: rerun \`npm run bench -- --readme\``);
  }
  const measured = hostCalls.flatMap((call) => ("cost" in call ? [call.cost] : []));
  if (measured.length === 0) return { status: "not-measured", reason: `${shown} records no design's host-call cost` };
  const pairs = Math.min(...measured.map((cost) => cost.pairs));
  const pinned = measured.every((cost) => cost.pinnedTo !== undefined);
  return { status: "measured", hostCalls, typeChecks: [], recorded: { date, machine, file: shown, pairs, pinned } };
}

function isDesignHostCall(value: unknown): value is DesignHostCall {
  if (typeof value !== "object" || value === null) return false;
  const { design, cell, cost, unavailable } = value as { design?: unknown; cell?: unknown; cost?: { ratio?: { median?: unknown }; pairs?: unknown }; unavailable?: unknown };
  return typeof design === "string" && (typeof unavailable === "string" || (typeof cell === "string" && typeof cost?.ratio?.median === "number" && typeof cost.pairs === "number"));
}

/** Fresh pairs of measuring processes per design (`npm run bench` takes more). */
const HOST_CALL_PAIRS = 3;
const TYPE_CHECK_ROUNDS = 1;

/** Measures the designs of the evaluated scenario cells, one after the other (never beside other work). */
export async function measureCosts(evaluation: Evaluation): Promise<Costs> {
  const cells = evaluation.cells.map(({ cell }) => cell).filter((cell): cell is ScenarioCell => cell.kind === "scenario");
  if (cells.length === 0) return { status: "not-measured", reason: "no design cells selected" };
  try {
    const cache = resultCache();
    const hostCalls = await designHostCalls(evaluation, HOST_CALL_PAIRS, cache);
    const typeChecks = await typeCheckCosts(cells, TYPE_CHECK_ROUNDS, cache);
    return { status: "measured", hostCalls, typeChecks };
  } catch (error) {
    return { status: "not-measured", reason: error instanceof Error ? error.message.split("\n", 1)[0]! : String(error) };
  }
}

/** The costs as text, the tables wrapped to `width`. */
export function costLines(costs: Costs, width = Infinity): string[] {
  if (costs.status === "not-measured") return [`costs per design: not measured (${costs.reason})`];
  return [...hostCallTable(costs.hostCalls, width), ...typeCheckTable(costs.typeChecks, width)];
}
