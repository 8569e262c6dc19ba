// GitHub: one workflow-command annotation per unexpected outcome, placed where it happened: an
// error no header expects at the error, an expected error that did not occur at the line the
// header pins it to, a failed guest run at the cell's link(), a Rust claim rustc contradicted at
// the cell's `// rust:` line. Then one summary line.

import { readFileSync } from "node:fs";
import { displayPath } from "../engine/errors.ts";
import { expectationsFor, type Diagnostic, type Expectation } from "../engine/index.ts";
import type { Entry, Matrix, TypeScriptOutcome } from "./matrix.ts";

type ExpectedError = Extract<Expectation, { kind: "error" }>;

interface Annotation {
  readonly file: string;
  readonly line: number;
  readonly title: string;
  readonly message: string;
}

export function renderGithub(matrix: Matrix): string {
  const unexpected = [...matrix.entries.values(), ...matrix.findings].filter((entry) => entry.verdict === "unexpected");
  const lines = unexpected.flatMap(annotations).map(command);
  lines.push(unexpected.length === 0 ? "accessor-kit: every cell as expected" : `accessor-kit: ${unexpected.length} cell(s) with unexpected outcomes`);
  return `${lines.join("\n")}\n`;
}

function annotations(entry: Entry): Annotation[] {
  const { cell } = entry;
  const typescript = entry.typescript.filter((outcome) => !outcome.pass).flatMap((outcome) => compilerAnnotations(entry, outcome));
  const run =
    entry.runtime?.pass === false
      ? [{ file: cell.file, line: lineOf(cell.file, /^export (async )?function link\b/), title: `${cell.id}: the guest run failed`, message: `${entry.runtime.stage}: ${entry.runtime.error}` }]
      : [];
  const rust =
    entry.rust.status === "checked" && !entry.rust.pass
      ? [{ file: cell.file, line: lineOf(cell.file, /^\s*\/\/\s*rust\s*:/), title: `${cell.id}: Rust`, message: entry.problems.filter((p) => p.startsWith("rustc")).join("\n") }]
      : [];
  return [...typescript, ...run, ...rust];
}

function compilerAnnotations(entry: Entry, outcome: TypeScriptOutcome): Annotation[] {
  const title = `${entry.cell.id} (${outcome.compiler})`;
  const expected = expectationsFor(entry.cell, outcome.compiler).filter((e): e is ExpectedError => e.kind === "error");
  const met = (d: Diagnostic, e: ExpectedError) => d.file === e.file && d.line === e.line && d.code === e.code && d.message.includes(e.fragment);
  const extra = outcome.diagnostics
    .filter((d) => !expected.some((e) => met(d, e)))
    .map((d) => ({ file: d.file, line: d.line, title, message: `unexpected TS${d.code}: ${d.message}` }));
  const absent = expected
    .filter((e) => !outcome.diagnostics.some((d) => met(d, e)))
    .map((e) => {
      const account = outcome.problems.find((problem) => problem.startsWith(`expected TS${e.code} `) && problem.includes(`"${e.fragment}"`));
      return { file: e.file, line: e.line, title, message: account ?? `expected TS${e.code} "${e.fragment}" here, not reported` };
    });
  return [...extra, ...absent];
}

/** The 1-based line of the first match, or 1. */
function lineOf(file: string, pattern: RegExp): number {
  const index = readFileSync(file, "utf8").split(/\r?\n/).findIndex((line) => pattern.test(line));
  return index + 1 || 1;
}

function command({ file, line, title, message }: Annotation): string {
  const where = file === "" ? "" : `file=${property(displayPath(file))},line=${line},`;
  return `::error ${where}title=${property(title)}::${data(message)}`;
}

/** GitHub's escaping of a command's message. */
function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** GitHub's escaping of a command's property value. */
function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
