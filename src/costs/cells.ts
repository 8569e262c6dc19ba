// Cells as the costs see them: the matrix's cells (every design cell; findings are not part of the
// matrix), the designs they belong to, and the support modules any program of them must hold.

import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Cell, findCells, kitRoot, type ScenarioCell } from "../engine/index.ts";

/** Every design cell under `<root>/type-tests/`. */
export function matrixCells(root: string = kitRoot): ScenarioCell[] {
  return findCells(root).cells.filter((cell): cell is ScenarioCell => cell.kind === "scenario");
}

/** The designs of the given cells, in order of first appearance. */
export function designsOf(cells: readonly Cell[]): string[] {
  return [...new Set(cells.flatMap((cell) => (cell.kind === "scenario" ? [cell.design] : [])))];
}

/** The support modules (`*.lib.ts`) beside the given cell files: part of any program of them. */
export function supportFiles(cells: readonly string[]): string[] {
  const folders = [...new Set(cells.map((cell) => dirname(cell)))];
  return folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith(".lib.ts")).map((name) => join(folder, name)));
}
