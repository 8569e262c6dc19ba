// Judge: a cell's expectations for one compiler against the diagnostics counted against it. A cell
// passes only when every expected error occurs with its code, at its line, with its message fragment,
// and nothing else is reported. Each mismatch is data (its kind, the expected error, the diagnostic
// found) and one line saying how the cell is wrong.

import { dirname, relative } from "node:path";
import type { Cell, CellResult, CompilerId, Diagnostic, Expectation, ExpectedError, Mismatch } from "./types.ts";

/** The expectations a compiler is held to: its own `expect[<id>]:` lines, else the plain ones. */
export function expectationsFor(cell: Cell, compiler: CompilerId): readonly Expectation[] {
  return cell.header.expectFor[compiler] ?? cell.header.expect;
}

export function judge(cell: Cell, compiler: CompilerId, diagnostics: readonly Diagnostic[]): CellResult {
  const outcome = diagnostics.length === 0 ? "compiles" : "errors";
  if (cell.header.explored) return { cell, compiler, diagnostics, outcome, pass: true, problems: [], mismatches: [] };

  const unmatched = [...diagnostics];
  const take = (found: (d: Diagnostic) => boolean): Diagnostic | undefined => {
    const index = unmatched.findIndex(found);
    return index === -1 ? undefined : unmatched.splice(index, 1)[0];
  };
  const expected = expectationsFor(cell, compiler).filter((e): e is ExpectedError => e.kind === "error");
  const missed = expected.filter((e) => take((d) => sameLine(d, e) && d.code === e.code && d.message.includes(e.fragment)) === undefined);

  const mismatches: Mismatch[] = missed.map((e): Mismatch => {
    const moved = nearest(unmatched.filter((d) => d.file === e.file && d.code === e.code && d.message.includes(e.fragment)), e.line);
    if (moved !== undefined && take((d) => d === moved) !== undefined) return { kind: "moved", expected: e, actual: moved };
    const wrongText = take((d) => sameLine(d, e) && d.code === e.code);
    if (wrongText !== undefined) return { kind: "wrong-message", expected: e, actual: wrongText };
    const wrongCode = take((d) => sameLine(d, e));
    if (wrongCode !== undefined) return { kind: "wrong-code", expected: e, actual: wrongCode };
    return { kind: "missing", expected: e };
  });
  for (const extra of unmatched) mismatches.push({ kind: "unexpected", actual: extra });
  return { cell, compiler, diagnostics, outcome, pass: mismatches.length === 0, problems: mismatches.map((m) => describeMismatch(cell, m)), mismatches };
}

/** A mismatch as one line, with lines as a cell's header writes them. */
function describeMismatch(cell: Cell, mismatch: Mismatch): string {
  if (mismatch.kind === "unexpected") return `unexpected TS${mismatch.actual.code} at ${where(cell, mismatch.actual.file, mismatch.actual.line)}: ${summary(mismatch.actual)}`;
  const e = mismatch.expected;
  const wanted = `expected TS${e.code} at ${where(cell, e.file, e.line)} "${e.fragment}"`;
  switch (mismatch.kind) {
    case "missing":
      return `${wanted}, not reported`;
    case "moved":
      return `${wanted}, found at another line: ${where(cell, mismatch.actual.file, mismatch.actual.line)}`;
    case "wrong-message":
      return `${wanted}: the message lacks the fragment: ${summary(mismatch.actual)}`;
    case "wrong-code":
      return `${wanted}, got another code: TS${mismatch.actual.code} ${summary(mismatch.actual)}`;
  }
}

function sameLine(diagnostic: Diagnostic, expected: ExpectedError): boolean {
  return diagnostic.file === expected.file && diagnostic.line === expected.line;
}

function nearest(diagnostics: readonly Diagnostic[], line: number): Diagnostic | undefined {
  return [...diagnostics].sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line))[0];
}

/** `14` in the cell itself, `<path from the cell's folder>:14` elsewhere (as `at` takes it), or the whole program. */
function where(cell: Cell, file: string, line: number): string {
  if (file === cell.file) return String(line);
  return file === "" ? "the program" : `${relative(dirname(cell.file), file)}:${line}`;
}

const SUMMARY_LENGTH = 160;

/** The first line of the message chain, cut to a readable length. */
function summary(diagnostic: Diagnostic): string {
  const first = diagnostic.message.split("\n", 1)[0]!;
  return first.length > SUMMARY_LENGTH ? `${first.slice(0, SUMMARY_LENGTH - 1)}…` : first;
}
