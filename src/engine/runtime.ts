// Runtime: a compiling scenario cell, run. Import the cell, call its `link()`, and drive the real
// guest through it with the scenario's check. Whatever goes wrong (an import that throws, a missing
// `link`, a LinkError, a Trap, a failed check) becomes a one-line result, never an exception, judged
// against the cell's `run: fails "<fragment>"` line where it has one.
// The evaluation starts the runs of the cells whose header expects them to compile while the
// reference compiler is still checking them (see `Runtime`), and keeps only the runs of the cells
// that do compile.

import { pathToFileURL } from "node:url";
import { scenarioById } from "../scenarios/index.ts";
import type { Linked } from "../scenarios/scenario.ts";
import type { CompilerId } from "./compilers.ts";
import { errorLine } from "./errors.ts";
import { expectationsFor } from "./judge.ts";
import { enableCellImports } from "./loading.ts";
import type { Cell, CellResult, RunExpectation, RunFailure, RuntimeResult, ScenarioCell } from "./types.ts";

/** Runs a compiling cell's guest and judges the run against the cell's `run:` line. */
export async function runCell(cell: ScenarioCell): Promise<RuntimeResult> {
  return judgeRun(cell.header.run, await runGuest(cell));
}

/** The run against what the header pins: a failure is expected only where a `run: fails` line says so. */
export function judgeRun(expected: RunExpectation | undefined, failure: RunFailure | undefined): RuntimeResult {
  if (expected === undefined) return failure === undefined ? { pass: true } : { pass: false, ...failure };
  if (failure === undefined) return { pass: false, stage: "check", error: "the run passed", pinned: expected.fragment };
  return failure.error.includes(expected.fragment) ? { pass: true, failure } : { pass: false, ...failure, pinned: expected.fragment };
}

/** Imports the cell, calls its `link()` and runs its scenario's check: undefined when all went well. */
async function runGuest(cell: ScenarioCell): Promise<RunFailure | undefined> {
  const scenario = scenarioById(cell.scenario);
  if (scenario === undefined) return { stage: "check", error: `unknown scenario "${cell.scenario}"` };
  let module: { readonly link?: unknown };
  try {
    enableCellImports();
    module = (await import(pathToFileURL(cell.file).href)) as { readonly link?: unknown };
  } catch (error) {
    return failed("import", error);
  }
  const { link } = module;
  if (typeof link !== "function") return { stage: "link", error: "the cell exports no link() function" };
  let linked: Linked<unknown>;
  try {
    linked = (await link()) as Linked<unknown>;
  } catch (error) {
    return failed("link", error);
  }
  try {
    await scenario.check(linked);
  } catch (error) {
    return failed("check", error);
  }
  return undefined;
}

function failed(stage: RunFailure["stage"], error: unknown): RunFailure {
  return { stage, error: errorLine(error) };
}

/**
 * The runtime checks of one evaluation. Created before the reference compiler runs, it starts at once
 * the run of every scenario cell whose header expects it to compile on that compiler (importing the
 * cells and compiling the guest overlap the type-check); `results` then keeps the runs of the cells
 * that did compile, and runs the other compiling cells (explored ones, or cells that compile against
 * their header) one after another.
 */
export class Runtime {
  readonly #started = new Map<Cell, Promise<RuntimeResult>>();
  readonly #since = performance.now();

  readonly #run: (cell: ScenarioCell) => Promise<RuntimeResult>;

  /** `onRan` is called each time a run ends. */
  constructor(cells: readonly Cell[], reference: CompilerId, onRan: () => void = () => {}) {
    this.#run = (cell) => runCell(cell).finally(onRan);
    for (const cell of cells) {
      if (cell.kind === "scenario" && expectsToCompile(cell, reference)) this.#started.set(cell, this.#run(cell));
    }
  }

  /**
   * The runtime result of every scenario cell that compiled, and the wall time since the first run
   * started. Runs started for cells that did not compile are left out, but waited for: nothing of
   * the evaluation is still running when it returns.
   */
  async results(cells: readonly Cell[], compiled: ReadonlyMap<Cell, CellResult>): Promise<{ results: Map<Cell, RuntimeResult>; ms: number }> {
    const results = new Map<Cell, RuntimeResult>();
    for (const cell of cells) {
      if (cell.kind === "scenario" && compiled.get(cell)?.outcome === "compiles") results.set(cell, await (this.#started.get(cell) ?? this.#run(cell)));
    }
    await Promise.all(this.#started.values());
    return { results, ms: performance.now() - this.#since };
  }
}

function expectsToCompile(cell: Cell, compiler: CompilerId): boolean {
  const expected = expectationsFor(cell, compiler);
  return expected.length > 0 && expected.every((expectation) => expectation.kind === "compiles");
}
