// Accept: a cell's header rewritten to pin what the compilers observed, so a cell is written as an
// explored attempt and then pinned, never hand-counted. The `expect` lines are replaced (one set
// for all compilers where they agree, `expect[<id>]:` sets where they differ), the `rust:` claim
// with rustc's outcome when one is given, and every other header line (the scenario, the prose) is
// kept. Line numbers are those of the rewritten file: the header's growth shifts every diagnostic in
// the cell by the same number of lines.

import { dirname, relative } from "node:path";
import { formatClaim } from "../rust/claim.ts";
import { splitLines } from "./header.ts";
import type { CompilerId, Diagnostic, RustClaim } from "./types.ts";

export interface Observed {
  /** What each compiler reported against the cell, in the configured compiler order. */
  readonly diagnostics: ReadonlyMap<CompilerId, readonly Diagnostic[]>;
  /** What rustc did with the cell's twin, when there is one. */
  readonly rust?: RustClaim;
}

const KEY = /^\s*\/\/\s*(expect(?:\[[^\]]*\])?|rust)\s*:/;
const FRAGMENT_LENGTH = 60;

/** The header's end: the first line that is neither blank nor a `//` comment (0-based). */
function codeStart(lines: readonly string[]): number {
  const index = lines.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("//"));
  return index === -1 ? lines.length : index;
}

/**
 * A fragment of the message's first line that names what went wrong: from its first quoted name
 * on (where the message names the types and members involved), cut at a word boundary.
 */
export function fragmentOf(message: string): string {
  const first = message.split("\n", 1)[0]!.trim();
  if (first.length <= FRAGMENT_LENGTH) return first;
  const from = Math.max(first.indexOf("'"), 0);
  const cut = first.slice(from, from + FRAGMENT_LENGTH);
  const space = cut.lastIndexOf(" ");
  return space > FRAGMENT_LENGTH / 2 ? cut.slice(0, space) : cut;
}

function expectLines(key: string, diagnostics: readonly Diagnostic[], cellFile: string, shift: number): string[] {
  if (diagnostics.length === 0) return [`// ${key}: compiles`];
  return [...diagnostics]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code - b.code)
    .map((d) => {
      const at = d.file === cellFile ? String(d.line + shift) : `${relative(dirname(cellFile), d.file)}:${d.line}`;
      return `// ${key}: error TS${d.code} at ${at} "${fragmentOf(d.message)}"`;
    });
}

/**
 * The diagnostics every compiler reported alike (same file, line and code), each with the message
 * they share (their common beginning), or undefined when the compilers differ.
 */
function commonDiagnostics(sets: readonly (readonly Diagnostic[])[]): readonly Diagnostic[] | undefined {
  const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.code}`;
  const keys = (set: readonly Diagnostic[]) => JSON.stringify(set.map(key).sort());
  const [first, ...rest] = sets;
  if (first === undefined || rest.some((set) => keys(set) !== keys(first))) return sets.length === 0 ? [] : undefined;
  const shared = first.map((d) => {
    const messages = sets.map((set) => fragmentOf(set.find((other) => key(other) === key(d))!.message));
    let prefix = messages[0]!;
    for (const message of messages) while (!message.startsWith(prefix)) prefix = prefix.slice(0, -1);
    return prefix.trim().length >= 10 ? { ...d, message: prefix.trim() } : undefined;
  });
  return shared.every((d) => d !== undefined) ? shared : undefined;
}

/** The cell's text with its expectations (and its Rust claim, if observed) pinned to what was observed. */
export function acceptObserved(text: string, cellFile: string, observed: Observed): string {
  const lines = splitLines(text);
  const start = codeStart(lines);
  const header = lines.slice(0, start);
  const kept = header.filter((line) => !KEY.test(line) || (observed.rust === undefined && /^\s*\/\/\s*rust\s*:/.test(line)));
  const subjectIndex = kept.findIndex((line) => /^\s*\/\/\s*(scenario|finding)\s*:/.test(line));

  const sets = [...observed.diagnostics];
  const common = commonDiagnostics(sets.map(([, diagnostics]) => diagnostics));
  const keyed = (shift: number) =>
    common !== undefined
      ? expectLines("expect", common, cellFile, shift)
      : sets.flatMap(([compiler, diagnostics]) => expectLines(`expect[${compiler}]`, diagnostics, cellFile, shift));
  const rust = observed.rust === undefined ? [] : [`// rust: ${formatClaim(observed.rust)}`];
  const shift = keyed(0).length + rust.length - (header.length - kept.length);
  const pinned = [...keyed(shift), ...rust];
  const newHeader = [...kept.slice(0, subjectIndex + 1), ...pinned, ...kept.slice(subjectIndex + 1)];
  return [...newHeader, ...lines.slice(start)].join("\n");
}
