// Table: a terminal table whose cells may span several lines and carry color escapes. Columns are
// as wide as their widest line, rows as tall as their tallest cell, columns two spaces apart. A
// table wider than the width it is given wraps: the columns after the first that do not fit go
// in further blocks below it, each repeating the first column (a row's name).

import { visibleLength } from "./style.ts";

/** A row of cells, each cell its lines. */
export type Row = readonly (readonly string[])[];

const GAP = "  ";

/** The rows' lines, no wider than `width` where one column beside the first fits in it; a header is simply the first row. */
export function renderTable(all: readonly Row[], width = Infinity): string[] {
  const columns = Math.max(...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...all.flatMap((row) => (row[column] ?? []).map(visibleLength))));
  return blocks(widths, width).flatMap((block, index) => [...(index === 0 ? [] : [""]), ...renderColumns(all, widths, block)]);
}

/** The column numbers of each block: the first column, then as many more as fit (at least one). */
function blocks(widths: readonly number[], width: number): number[][] {
  const [first = 0, ...rest] = widths;
  if (rest.length === 0) return [[0]];
  const result: number[][] = [];
  let block: number[] = [0];
  let used = first;
  rest.forEach((columnWidth, index) => {
    const column = index + 1;
    if (block.length > 1 && used + GAP.length + columnWidth > width) {
      result.push(block);
      block = [0];
      used = first;
    }
    block.push(column);
    used += GAP.length + columnWidth;
  });
  return [...result, block];
}

function renderColumns(all: readonly Row[], widths: readonly number[], columns: readonly number[]): string[] {
  const lines: string[] = [];
  for (const row of all) {
    const height = Math.max(1, ...columns.map((column) => row[column]?.length ?? 0));
    for (let line = 0; line < height; line++) {
      const text = columns.map((column) => pad(row[column]?.[line] ?? "", widths[column]!)).join(GAP);
      lines.push(text.trimEnd());
    }
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - visibleLength(text)));
}

/**
 * `text` broken at spaces into lines no wider than `width` (a word longer than that stays whole),
 * the lines after the first indented by the text's own indentation and `hang` more spaces.
 */
export function wrapLine(text: string, width: number, hang = 4): string[] {
  if (visibleLength(text) <= width) return [text];
  const indent = /^ */.exec(text)![0];
  const continuation = indent + " ".repeat(hang);
  const lines: string[] = [];
  let current = "";
  for (const word of text.slice(indent.length).split(" ")) {
    if (current === "") current = indent + word;
    else if (visibleLength(current) + 1 + visibleLength(word) <= width) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = continuation + word;
    }
  }
  return [...lines, current];
}
