// The engine's two kinds of bad input, each a one-line message the CLI prints as it is: a cell whose
// file or header breaks the format (CellFormatError, naming file:line), and anything else that stops
// an evaluation (EngineError: a missing or wrong compiler, a compiler crash, an unknown filter).

import { isAbsolute, relative } from "node:path";

/** `file` relative to the working directory when it lies below it, else absolute. */
export function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown === "" || shown.startsWith("..") || isAbsolute(shown) ? file : shown;
}

export class CellFormatError extends Error {
  override readonly name = "CellFormatError";
  constructor(
    readonly file: string,
    /** 1-based; undefined when the problem is a missing or unreadable file. */
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${displayPath(file)}${line === undefined ? "" : `:${line}`}: ${problem}`);
  }
}

export class EngineError extends Error {
  override readonly name = "EngineError";
}
