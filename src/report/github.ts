// GitHub: the report as GitHub Actions workflow commands. One `::error` annotation per problem (a
// mistake several compilers found is one annotation naming them all), placed at its file, line and
// column: a fault (a malformed header, an error in a proposal's design.ts) where it is, an error no
// header expects at the error, an expected error that did not occur at the line the header pins it
// to, a failed guest run at the cell's link(), a Rust claim rustc contradicted at the cell's
// `// rust:` line, an unfinished cell at its first hole; a proposal's missing cell has no place. Paths are relative to the workspace (GITHUB_WORKSPACE); a file
// outside it cannot be annotated in place, so its annotation names it in the message. Then one
// summary line. `stepSummary` is the markdown the CLI appends to the job's summary page.

import { renderMarkdown } from "./markdown.ts";
import { problemLine, type Entry, type Matrix, type Problem } from "./matrix.ts";
import { inside, relativePath, type Links } from "./paths.ts";
import type { Report } from "./report.ts";

interface Annotation {
  /** Relative to the workspace; absent for an annotation with no place. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly title: string;
  readonly message: string;
}

export function renderGithub(matrix: Matrix, workspace: string): string {
  const unexpected = unexpectedEntries(matrix);
  const lines = [
    ...matrix.faults.map(({ design, problem }) => annotation(design, problem, workspace)),
    ...unexpected.flatMap((entry) => entry.problems.map((problem) => annotation(entry.cell.id, problem, workspace))),
    ...(matrix.allowMissing ? [] : incompleteAnnotations(matrix, workspace)),
  ].map(command);
  lines.push(verdictLine(matrix));
  return `${lines.join("\n")}\n`;
}

function unexpectedEntries(matrix: Matrix): Entry[] {
  return [...matrix.entries.values(), ...matrix.findings].filter((entry) => entry.verdict === "unexpected");
}

/** How the run went, in one line: what failed it, counted. */
function verdictLine(matrix: Matrix): string {
  if (matrix.pass) return "accessor-kit: every cell as expected";
  const unexpected = unexpectedEntries(matrix).length;
  const missing = matrix.missing.filter((key) => matrix.proposals.some(({ design }) => key.startsWith(`${design}/`))).length;
  const parts = [
    ...(unexpected === 0 ? [] : [`${unexpected} cell(s) with unexpected outcomes`]),
    ...(matrix.faults.length === 0 ? [] : [`${matrix.faults.length} fault(s)`]),
    ...(matrix.allowMissing || matrix.unfinished.length === 0 ? [] : [`${matrix.unfinished.length} unfinished cell(s)`]),
    ...(matrix.allowMissing || missing === 0 ? [] : [`${missing} missing cell(s)`]),
  ];
  return `accessor-kit: ${parts.join(", ")}`;
}

/** A proposal's unfinished cells at their first hole, its missing cells with no place (they have no file). */
function incompleteAnnotations(matrix: Matrix, workspace: string): Annotation[] {
  const unfinished = matrix.unfinished.map((cell) =>
    placed(`${cell.design}/${cell.scenario}: unfinished`, { file: cell.file, line: cell.line, column: 1, text: `holes to fill: ${cell.holes.join(" ")} (--allow-missing allows it)` }, workspace),
  );
  const missing = matrix.missing
    .filter((key) => matrix.proposals.some(({ design }) => key.startsWith(`${design}/`)))
    .map((key): Annotation => ({ title: `${key}: missing`, message: `the proposal has no cell for this scenario (--allow-missing allows it)` }));
  return [...unfinished, ...missing];
}

function annotation(subject: string, problem: Problem, workspace: string): Annotation {
  const title = `${subject}${titleSuffix(problem)}`;
  if (problem.file === "") return { title, message: problemLine(problem) };
  return placed(title, problem, workspace);
}

/** An annotation at its place, or naming it in the message when it lies outside the workspace. */
function placed(title: string, { file: path, line, column, text }: { file: string; line: number; column: number; text: string }, workspace: string): Annotation {
  const file = relativePath(workspace, path);
  if (!inside(workspace, path)) return { title, message: `${file}:${line}:${column}: ${text}` };
  return { file, line, column, title, message: text };
}

function titleSuffix(problem: Problem): string {
  if (problem.compilers.length > 0) return ` (${problem.compilers.join(", ")})`;
  const suffixes: Partial<Record<Problem["kind"], string>> = {
    "departs-from-attempt": ": not the scenario's attempt",
    "run-failed": ": the guest run failed",
    malformed: ": a malformed cell",
    "scenario-module": ": its scenario module",
  };
  return suffixes[problem.kind] ?? ": Rust";
}

function command({ file, line, column, title, message }: Annotation): string {
  const where = file === undefined ? "" : `file=${property(file)},line=${line},col=${column},`;
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

/** The job summary: a heading saying how the run went, then the markdown report. */
export function stepSummary({ command, matrix }: Report, links: Links): string {
  return `## accessor-kit ${command}: ${verdictLine(matrix).replace(/^accessor-kit: /, "")}\n\n${renderMarkdown(matrix, links)}\n`;
}
