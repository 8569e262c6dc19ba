// Accept: a cell's header rewritten to pin what the compilers observed, so a cell is written as an
// explored attempt and then pinned, never hand-counted (`check --accept`). The `expect` lines are
// replaced (one set for all compilers where they agree, `expect[<id>]:` sets where they differ),
// the `rust:` claim with rustc's outcome when one is given, and every other header line (the
// scenario, the prose) is kept. A configured compiler that did not run keeps what its lines said.
// Line numbers are those of the rewritten file: the header's growth shifts every line of the cell,
// so every line an `expect` pins in the cell itself (observed or kept) moves by the same number.
// The file keeps its line endings.

import { dirname, relative } from "node:path";
import { formatClaim } from "../rust/claim.ts";
import { compilers } from "./compilers.ts";
import { EngineError } from "./errors.ts";
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
      if (d.file === "") throw new EngineError(`${cellFile}: TS${d.code} is about the whole program, not a line a header can pin: ${d.message.split("\n", 1)[0]}`);
      const at = d.file === cellFile ? String(d.line + shift) : `${relative(dirname(cellFile), d.file)}:${d.line}`;
      return `// ${key}: error TS${d.code} at ${at} "${fragmentOf(d.message)}"`;
    });
}

const EXPECT = /^\s*\/\/\s*expect(?:\[\s*([^\]]*?)\s*\])?\s*:/;

/**
 * The expect lines of compilers that were not observed, kept as they are but for the lines they pin
 * in the cell itself, which move by `shift`: the compiler's own `expect[<id>]:` lines, and the plain
 * lines when such a compiler has none of its own (it still reads them).
 */
function keptLines(header: readonly string[], observed: readonly CompilerId[], shift: number): string[] {
  const unobserved = compilers.map((compiler) => compiler.id).filter((id) => !observed.includes(id));
  const own = (line: string) => EXPECT.exec(line)?.[1];
  const readsPlain = unobserved.some((id) => !header.some((line) => own(line) === id));
  const kept = header.filter((line) => {
    const match = EXPECT.exec(line);
    return match !== null && (match[1] === undefined ? readsPlain : unobserved.includes(match[1] as CompilerId));
  });
  return kept.map((line) => line.replace(/(:\s*error\s+TS\d+\s+at\s+)(\d+)(\s+")/, (_all, before: string, at: string, after: string) => `${before}${Number(at) + shift}${after}`));
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
  const prose = header.filter((line) => !KEY.test(line) || (observed.rust === undefined && /^\s*\/\/\s*rust\s*:/.test(line)));
  const subjectIndex = prose.findIndex((line) => /^\s*\/\/\s*(scenario|finding)\s*:/.test(line));

  const sets = [...observed.diagnostics];
  const kept = (shift: number) => keptLines(header, [...observed.diagnostics.keys()], shift);
  // Plain lines where the observed compilers agree, unless they would override what a compiler that
  // did not run keeps.
  const common = kept(0).length > 0 ? undefined : commonDiagnostics(sets.map(([, diagnostics]) => diagnostics));
  const keyed = (shift: number) =>
    common !== undefined
      ? expectLines("expect", common, cellFile, shift)
      : sets.flatMap(([compiler, diagnostics]) => expectLines(`expect[${compiler}]`, diagnostics, cellFile, shift));
  const rust = observed.rust === undefined ? [] : [`// rust: ${formatClaim(observed.rust)}`];
  const grown = (shift: number) => [...keyed(shift), ...kept(shift), ...rust];
  const shift = grown(0).length - (header.length - prose.length);
  const newHeader = [...prose.slice(0, subjectIndex + 1), ...grown(shift), ...prose.slice(subjectIndex + 1)];
  return [...newHeader, ...lines.slice(start)].join(/\r\n/.test(text) ? "\r\n" : "\n");
}
