// Table: a terminal table whose cells may span several lines and carry color escapes. Columns are
// as wide as their widest line, rows as tall as their tallest cell, columns two spaces apart.

import { visibleLength } from "./style.ts";

/** A row of cells, each cell its lines. */
export type Row = readonly (readonly string[])[];

const GAP = "  ";

/** The rows' lines; a header is simply the first row. */
export function renderTable(all: readonly Row[]): string[] {
  const columns = Math.max(...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...all.flatMap((row) => (row[column] ?? []).map(visibleLength))));
  const lines: string[] = [];
  for (const row of all) {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let line = 0; line < height; line++) {
      const text = widths.map((width, column) => pad(row[column]?.[line] ?? "", width)).join(GAP);
      lines.push(text.trimEnd());
    }
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - visibleLength(text)));
}
