// Kit: the kit's designs in matrix order, its cells, and one evaluation of given cells with every
// selected compiler beside one run of the Rust column (both at once). The matrix and check
// commands and the docs generator all go through here.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  CellFormatError,
  EngineError,
  evaluate,
  findCells,
  kitRoot,
  type Cell,
  type CompilerId,
  type Evaluation,
  type EvaluationProgress,
  type FoundCells,
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

/** The kit's cells for a selection; a cell that breaks the format stops everything (see `wellFormed`). */
export function kitCells(selection: KitSelection): Cell[] {
  const designs = selection.designs?.filter((design) => isFolder(join(kitRoot, "type-tests", design)));
  return wellFormed(findCells(kitRoot, { ...(designs === undefined ? {} : { designs }), ...(selection.scenarios === undefined ? {} : { scenarios: selection.scenarios }) }));
}

/** The cells, or the first malformed one as the error (naming how many more there are). */
export function wellFormed(found: FoundCells): Cell[] {
  const [first, ...more] = found.malformed;
  if (first === undefined) return [...found.cells];
  if (more.length === 0) throw first;
  throw new CellFormatError(first.file, first.line, `${first.problem} (and ${more.length} more malformed cell${more.length === 1 ? "" : "s"})`);
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

/**
 * Evaluates the cells (compile, judge, run) and runs the Rust column at the same time, over the
 * twins of the cells' designs only when no finding is among the cells (a finding's twin belongs to
 * no design), so a run of a few designs compiles only theirs.
 */
export async function evaluateWithRust(cells: readonly Cell[], compilers: readonly CompilerId[], watcher: KitRunWatcher = {}): Promise<KitRun> {
  if (cells.length === 0) throw new EngineError("no cells to evaluate for this selection");
  const { onProgress, onRustDone } = watcher;
  const designs = cells.some((cell) => cell.kind === "finding") ? {} : { designs: designsOf(cells) };
  const [evaluation, rust] = await Promise.all([evaluate({ cells, compilers, ...(onProgress && { onProgress }) }), rustColumn(designs).finally(() => onRustDone?.())]);
  return { evaluation, rust };
}
