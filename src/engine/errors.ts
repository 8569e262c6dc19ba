// The engine's two kinds of bad input, each a one-line message the CLI prints as it is: a cell whose
// file or header breaks the format (CellFormatError, naming file:line), and anything else that stops
// an evaluation (EngineError: a missing or wrong compiler, a compiler crash, an unknown filter).

import { isAbsolute, relative } from "node:path";

/** `file` relative to the working directory when it lies below it, else absolute. */
export function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown === "" || shown.startsWith("..") || isAbsolute(shown) ? file : shown;
}

/** The first line of a process's or a message's text: what a one-line report shows. */
export function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0] ?? "";
}

/** Anything thrown, as one line: `Name: first line of the message`, or `thrown: value`. */
export function errorLine(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${firstLine(error.message)}` : `thrown: ${String(error)}`;
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
