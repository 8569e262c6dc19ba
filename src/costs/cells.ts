// Cells as the costs see them: the matrix's cells (every design cell; findings are not part of the
// matrix) and the designs they belong to. (The support modules a program of them must hold are the
// engine's `supportModules`.)

import { type Cell, findCells, kitRoot, type ScenarioCell } from "../engine/index.ts";

/** Every design cell under `<root>/type-tests/`. */
export function matrixCells(root: string = kitRoot): ScenarioCell[] {
  return findCells(root).cells.filter((cell): cell is ScenarioCell => cell.kind === "scenario");
}

/** The designs of the given cells, in order of first appearance. */
export function designsOf(cells: readonly Cell[]): string[] {
  return [...new Set(cells.flatMap((cell) => (cell.kind === "scenario" ? [cell.design] : [])))];
}

