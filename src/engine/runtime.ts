// Runtime: a compiling scenario cell, run. Import the cell, call its `link()`, and drive the real
// guest through it with the scenario's check. Whatever goes wrong (an import that throws, a missing
// `link`, a LinkError, a Trap, a failed check) becomes a one-line result, never an exception, judged
// against the cell's `run: fails "<fragment>"` line where it has one.
// The evaluation starts the runs of the cells whose header expects them to compile while the
// reference compiler is still checking them (see `Runtime`), and keeps only the runs of the cells
// that do compile.

import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { scenarioById } from "../scenarios/index.ts";
import type { Linked } from "../scenarios/scenario.ts";
import type { CompilerId } from "./compilers.ts";
import type { RunLimits } from "./confinement.ts";
import { filesAndFolders, resultCache, treeInput, type ResultCache } from "./cache.ts";
import { errorLine } from "./errors.ts";
import { expectationsFor } from "./judge.ts";
import { enableCellImports } from "./loading.ts";
import { kitModule, kitRoot } from "./package.ts";
import type { Cell, CellResult, RunEnd, RunExpectation, RunFailure, RunOutput, RuntimeResult, ScenarioCell } from "./types.ts";

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

/** A run of a proposal's cell in a process of its own, as it ended, judged against the cell's `run:` line; with what it printed. */
export function judgeRunEnd(cell: ScenarioCell, end: RunEnd & { readonly output?: RunOutput }): RuntimeResult {
  const { output, ...run } = end;
  const judged = judgeRun(cell.header.run, run.pass ? undefined : { stage: run.stage, error: run.error });
  return output === undefined ? judged : { ...judged, output };
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
  /** The cells whose result came from the cache (nothing to store for them). */
  readonly #cached = new Set<Cell>();
  readonly #since = performance.now();
  /** Date.now() when the runs started: an input changed after it may not have been what a run read. */
  readonly #startedAt = Date.now();

  readonly #run: (cell: ScenarioCell) => Promise<RuntimeResult>;

  readonly #cache: ResultCache;

  /** `onRan` is called each time a run ends (or its result is found in `cache`). */
  constructor(cells: readonly Cell[], reference: CompilerId, onRan: () => void = () => {}, cache: ResultCache = resultCache(false)) {
    this.#cache = cache;
    this.#run = (cell) => {
      const hit = cache.lookup<RuntimeResult>("runtime", runtimeIdentity(cell));
      if (hit !== undefined) this.#cached.add(cell);
      return (hit !== undefined ? Promise.resolve(hit) : runCell(cell)).finally(onRan);
    };
    for (const cell of cells) {
      if (cell.kind === "scenario" && expectsToCompile(cell, reference)) this.#started.set(cell, this.#run(cell));
    }
  }

  /**
   * The runtime result of every scenario cell that compiled, and the wall time since the first run
   * started. Runs started for cells that did not compile are left out, but waited for: nothing of
   * the evaluation is still running when it returns. `imports` is the reference compiler's account
   * of which file imports which: with the kit's running code and the guests, what a run's result
   * is cached against.
   */
  async results(
    cells: readonly Cell[],
    compiled: ReadonlyMap<Cell, CellResult>,
    imports: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  ): Promise<{ results: Map<Cell, RuntimeResult>; ms: number }> {
    const results = new Map<Cell, RuntimeResult>();
    for (const cell of cells) {
      if (cell.kind !== "scenario" || compiled.get(cell)?.outcome !== "compiles") continue;
      const result = await (this.#started.get(cell) ?? this.#run(cell));
      if (!this.#cached.has(cell)) this.#cache.store("runtime", runtimeIdentity(cell), runtimeInputs(cell.file, imports), result, this.#startedAt);
      results.set(cell, result);
    }
    await Promise.all(this.#started.values());
    return { results, ms: performance.now() - this.#since };
  }
}

/** What a cell's run is: which cell, run by which kit module on which node (and, for a proposal's cell, in a process with which limits). */
export function runtimeIdentity(cell: ScenarioCell, confinedBy?: RunLimits): object {
  return { file: cell.file, design: cell.design, scenario: cell.scenario, kit: kitModule, node: process.version, ...(confinedBy === undefined ? {} : { confinedBy }) };
}

/**
 * What a run of `file` depends on: the files it imports, directly or not (and the folders they lie
 * in), the kit's running code (its sources or its build: the runtime, the scenarios' checks), the
 * guests, and the packages that load them.
 */
export function runtimeInputs(file: string, imports: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const reached = new Set([file]);
  const queue = [file];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const imported of imports.get(next) ?? []) {
      if (!reached.has(imported)) reached.add(imported), queue.push(imported);
    }
  }
  return [...filesAndFolders(reached), treeInput(fileURLToPath(new URL(".", kitModule))), treeInput(join(kitRoot, "guests")), ...kitPackages()];
}

/** The kit's package.json and those of the packages its runs load (the guests' assembler, the TypeScript transform). */
function kitPackages(): string[] {
  const requireFromKit = createRequire(join(kitRoot, "package.json"));
  return [join(kitRoot, "package.json"), ...["wabt", "esbuild"].map((name) => requireFromKit.resolve(`${name}/package.json`))];
}

/** Whether the cell's header expects it to compile on `compiler` (so its run is started before the compiler says so). */
export function expectsToCompile(cell: Cell, compiler: CompilerId): boolean {
  const expected = expectationsFor(cell, compiler);
  return expected.length > 0 && expected.every((expectation) => expectation.kind === "compiles");
}
