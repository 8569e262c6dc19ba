// The cost functions return sane figures (what `npm run bench` and the matrix command print); no
// speed is asserted here: speed goals are judged by the benchmark, never by a timed test.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  hostCallCell,
  hostCallCost,
  matrixCells,
  measuringCpu,
  pairedRatio,
  pinToCpu,
  parseExtendedDiagnostics,
  spread,
  typeCheckCosts,
} from "../src/costs/index.ts";
import { type CellEvaluation, type Evaluation, kitRoot, type ScenarioCell } from "../src/engine/index.ts";

const fieldRefCells = () => matrixCells().filter((cell) => cell.design === "field-ref");
const fieldRefCell = (scenario: string) => fieldRefCells().find((cell) => cell.scenario === scenario)!;

describe("host-call cost", () => {
  it("times calls through field-ref's shared-table cell against the direct import, over fresh pairs of processes", async () => {
    const cost = await hostCallCost(fieldRefCell("shared-table").file, 2);
    expect(cost).toMatchObject({ pairs: 2, runs: 5 });
    // both processes of each pair on one CPU, where taskset can pin them (Linux)
    expect(cost.pinnedTo).toBe(measuringCpu() ?? undefined);
    for (const ns of [cost.design, cost.direct]) {
      expect(ns.min).toBeGreaterThan(0);
      expect(ns.max).toBeLessThan(1_000_000); // a call, not a whole run
    }
    // Each figure is the median over the pairs, within the lowest and highest pair.
    for (const figure of [cost.design, cost.direct, cost.ratio]) {
      expect(figure.min).toBeLessThanOrEqual(figure.median);
      expect(figure.median).toBeLessThanOrEqual(figure.max);
    }
  }, 60_000);

  it("times a proposal's cell outside the kit, which imports accessor-kit and its design by relative path", async () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-proposal-"));
    try {
      cpSync(join(kitRoot, "docs", "proposal-example"), folder, { recursive: true });
      const cost = await hostCallCost(join(folder, "shared-table.ts"), 1);
      expect(cost.design.median).toBeGreaterThan(0);
      expect(cost.ratio.median).toBeGreaterThan(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it("pins every thread of a measuring process to one CPU where taskset can, and says when it could not", async (context) => {
    const cpu = measuringCpu();
    if (cpu === null) return context.skip(); // no taskset, or not Linux: figures say they are not pinned
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
    try {
      await once(child, "spawn");
      expect(pinToCpu(child.pid!, cpu)).toBe(true);
      const threads = readdirSync(`/proc/${child.pid}/task`);
      const allowed = threads.map((thread) => /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync(`/proc/${child.pid}/task/${thread}/status`, "utf8"))?.[1]?.trim());
      expect(new Set(allowed)).toEqual(new Set([String(cpu)]));
    } finally {
      child.kill();
    }
    await once(child, "exit");
    expect(pinToCpu(child.pid!, cpu)).toBe(false);
  });

  it("reports a cell that has no link() in one line", async () => {
    const notACell = join(kitRoot, "src", "costs", "statistics.ts");
    await expect(hostCallCost(notACell, 1)).rejects.toThrow(/^[^\n]*exports no link\(\) function$/);
  }, 60_000);

  it("links through the shared-table cell, or field-projection when shared-table does not compile", () => {
    const evaluated = (scenario: string, outcome: "compiles" | "errors"): CellEvaluation => {
      const cell = fieldRefCell(scenario);
      const result = { cell, compiler: "ts7", diagnostics: [], outcome, pass: true, problems: [], mismatches: [] } as const;
      return outcome === "compiles" ? { cell, compile: { ts7: result }, runtime: { pass: true } } : { cell, compile: { ts7: result } };
    };
    const evaluation = (cells: CellEvaluation[]): Evaluation => ({ cells, malformed: [], modules: [], runs: [], runtimeMs: 0, ms: 0, pass: true });
    const linkedThrough = (cells: CellEvaluation[]) => (hostCallCell(evaluation(cells), "field-ref") as ScenarioCell | undefined)?.scenario;

    expect(linkedThrough([evaluated("field-projection", "compiles"), evaluated("shared-table", "compiles")])).toBe("shared-table");
    expect(linkedThrough([evaluated("field-projection", "compiles"), evaluated("shared-table", "errors")])).toBe("field-projection");
    expect(linkedThrough([evaluated("field-projection", "errors"), evaluated("shared-table", "errors")])).toBeUndefined();
  });
});

describe("type-check cost", () => {
  it("counts what field-ref's cells add to a program of the kit alone, relative to field-ref itself", async () => {
    const [cost] = await typeCheckCosts(fieldRefCells(), 1);
    expect(cost).toMatchObject({ design: "field-ref", cells: fieldRefCells().length, rounds: 1, relative: { instantiations: 1 } });
    expect(cost!.instantiations).toBeGreaterThan(0);
    expect(cost!.types).toBeGreaterThan(0);
    expect(Number.isFinite(cost!.checkMs)).toBe(true);
    expect(cost!.programMs.min).toBeGreaterThan(0);
  }, 60_000);

  it("reads check time, instantiations and types from tsc --extendedDiagnostics", () => {
    const output = ["Files:             195", "Types:            2423", "Instantiations:   2419", "Check time:     0.024s", "Total time:     0.178s"].join("\n");
    expect(parseExtendedDiagnostics(output)).toEqual({ checkMs: 24, instantiations: 2419, types: 2423 });
    expect(() => parseExtendedDiagnostics("error TS5058: The specified path does not exist")).toThrow('no "Check time:" line');
  });
});

describe("statistics", () => {
  it("summarises rounds by their median and range, and pairs ratios round by round", () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(pairedRatio([2, 6, 9], [1, 3, 3])).toEqual({ median: 2, min: 2, max: 3 });
  });
});
