// Costs under the matrix: per design, what a guest-to-host call costs through its addToLinker
// (against a direct import, measured in the same run) and what TypeScript 7 spends checking its
// cells (relative to field-ref), both measured by src/costs after the evaluation, with few rounds
// (`npm run bench` takes more), and kept in the result cache until what they measure changes. Run-dependent figures: the text and JSON formats show them, the
// generated docs never do.

import { designHostCalls, hostCallTable, typeCheckCosts, typeCheckTable, type DesignHostCall, type TypeCheckCost } from "../costs/index.ts";
import { resultCache, type Evaluation, type ScenarioCell } from "../engine/index.ts";

export type Costs =
  | { readonly status: "measured"; readonly hostCalls: readonly DesignHostCall[]; readonly typeChecks: readonly TypeCheckCost[] }
  | { readonly status: "not-measured"; readonly reason: string };

const HOST_CALL_ROUNDS = 3;
const TYPE_CHECK_ROUNDS = 1;

/** Measures the designs of the evaluated scenario cells, one after the other (never beside other work). */
export async function measureCosts(evaluation: Evaluation): Promise<Costs> {
  const cells = evaluation.cells.map(({ cell }) => cell).filter((cell): cell is ScenarioCell => cell.kind === "scenario");
  if (cells.length === 0) return { status: "not-measured", reason: "no design cells selected" };
  try {
    const cache = resultCache();
    const hostCalls = await designHostCalls(evaluation, HOST_CALL_ROUNDS, cache);
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
