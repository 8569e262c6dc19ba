import { beforeAll, describe, expect, it } from "vitest";
import { compilers, type Evaluation, evaluate, findCells, kitRoot } from "../src/engine/index.ts";

// Every cell and finding of the kit, one test each: its header matches what every configured
// compiler (TS 7 and TS 6) reports (code, line, message fragment, nothing more), and a cell that
// compiles on TS 7 drives the real guest through its scenario (the run passes, or fails as its
// `run: fails` line pins), and every design cell follows its
// scenario's attempt (src/scenarios/<id>/attempt.ts.tmpl), so only the design's own lines differ. The tests are named at collection time from the files on disk; one
// evaluation (one program per compiler) serves them all.

const found = findCells(kitRoot);
const noProblems = Object.fromEntries(compilers.map((compiler) => [compiler.id, []]));

let evaluation: Evaluation;
beforeAll(async () => {
  evaluation = await evaluate({ cells: found.cells });
}, 300_000);

describe("the kit's cells and findings", () => {
  it.each(found.cells.map((cell) => [cell.id, cell] as const))("%s follows its attempt, matches its header on every compiler, and runs as it says", (_, cell) => {
    const evaluated = evaluation.cells.find((e) => e.cell === cell)!;
    expect(evaluated.attempt).toBeUndefined();
    const problems = Object.fromEntries(Object.entries(evaluated.compile).map(([compiler, result]) => [compiler, result.problems]));
    expect(problems).toEqual(noProblems);
    if (evaluated.cell.kind === "scenario" && evaluated.compile[compilers[0].id]?.outcome === "compiles") expect(evaluated.runtime).toMatchObject({ pass: true });
  });

  it.each(found.malformed.map((error) => [error.message]))("%s", (message) => {
    expect.fail(`a cell breaks the format: ${message}`);
  });

  it("finds at least one cell or finding", () => {
    expect(found.cells.length + found.malformed.length).toBeGreaterThan(0);
  });
});
