// Kit: the kit's designs in matrix order, its cells, and one evaluation of given cells with every
// selected compiler beside one run of the Rust column (both at once). The matrix and check
// commands and the docs generator all go through here.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  EngineError,
  evaluate,
  findCells,
  kitRoot,
  type Cell,
  type CompilerId,
  type Evaluation,
  type EvaluationProgress,
  type FoundCells,
  type IsolatedFolder,
  type RunLimits,
} from "../engine/index.ts";
import { designsOf } from "../costs/cells.ts";
import { findDesignTwins, rustColumn, type RustColumn } from "../rust/twins.ts";
import { scenarios } from "../scenarios/index.ts";

/** Every `designs/<id>.ts`, in the order of the wasmtime designs their Rust twins mirror (D1, D2, ...). */
export function kitDesigns(): string[] {
  const ids = readdirSync(join(kitRoot, "designs"))
    .filter((name) => /^[^.]+\.ts$/.test(name))
    .map((name) => name.slice(0, -".ts".length));
  const order = [...findDesignTwins().keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const scenarioIds = (): string[] => scenarios.map((scenario) => scenario.id);

/** The matrix's rows: the kit's designs, and any other design the cells belong to. */
export function matrixDesigns(cells: readonly Cell[]): string[] {
  return [...new Set([...kitDesigns(), ...designsOf(cells)])];
}

export interface KitSelection {
  /** Default: every design, and the findings too when no scenario is selected either. */
  readonly designs?: readonly string[];
  readonly scenarios?: readonly string[];
}

/** The kit's cells for a selection, and every one that breaks the format (the report shows them all). */
export function kitCells(selection: KitSelection): FoundCells {
  const designs = selection.designs?.filter((design) => isFolder(join(kitRoot, "type-tests", design)));
  return findCells(kitRoot, { ...(designs === undefined ? {} : { designs }), ...(selection.scenarios === undefined ? {} : { scenarios: selection.scenarios }) });
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export interface KitRun {
  readonly evaluation: Evaluation;
  readonly rust: RustColumn;
}

/** What a run reports as it goes: the evaluation's progress, and the Rust column's end. */
export interface KitRunWatcher {
  readonly onProgress?: (progress: EvaluationProgress) => void;
  readonly onRustDone?: () => void;
}

export interface KitRunOptions extends KitRunWatcher {
  /** Proposals' folders: evaluated apart (see the engine's `isolate`), under `limits`. */
  readonly isolate?: readonly IsolatedFolder[];
  readonly limits?: RunLimits;
  /** Why the kit's Rust twins are not compiled this time (`check`, unless asked); undefined: they are. */
  readonly skipRust?: string;
}

/**
 * Evaluates the cells (compile, judge, run) and runs the Rust column at the same time, over the
 * twins of the cells' designs only when no finding is among the cells (a finding's twin belongs to
 * no design), so a run of a few designs compiles only theirs.
 */
export async function evaluateWithRust(cells: readonly Cell[], compilers: readonly CompilerId[], options: KitRunOptions = {}): Promise<KitRun> {
  const { onProgress, onRustDone, isolate = [], limits, skipRust } = options;
  if (cells.length === 0 && isolate.length === 0) throw new EngineError("no cells to evaluate for this selection");
  const designs = cells.some((cell) => cell.kind === "finding") ? {} : { designs: designsOf(cells) };
  const rust = skipRust === undefined ? rustColumn(designs) : Promise.resolve<RustColumn>({ status: "not-run", reason: skipRust });
  const [evaluation, column] = await Promise.all([
    evaluate({ cells, compilers, isolate, ...(limits && { limits }), ...(onProgress && { onProgress }) }),
    rust.finally(() => onRustDone?.()),
  ]);
  return { evaluation, rust: column };
}
