// GitHub: the report as GitHub Actions workflow commands. One `::error` annotation per problem (a
// mistake several compilers found is one annotation naming them all), placed at its file, line and
// column: an error no header expects at the error, an expected error that did not occur at the line
// the header pins it to, a failed guest run at the cell's link(), a Rust claim rustc contradicted
// at the cell's `// rust:` line. Paths are relative to the workspace (GITHUB_WORKSPACE); a file
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
  const lines = unexpected.flatMap((entry) => entry.problems.map((problem) => annotation(entry, problem, workspace))).map(command);
  lines.push(unexpected.length === 0 ? "accessor-kit: every cell as expected" : `accessor-kit: ${unexpected.length} cell(s) with unexpected outcomes`);
  return `${lines.join("\n")}\n`;
}

function unexpectedEntries(matrix: Matrix): Entry[] {
  return [...matrix.entries.values(), ...matrix.findings].filter((entry) => entry.verdict === "unexpected");
}

function annotation(entry: Entry, problem: Problem, workspace: string): Annotation {
  const title = `${entry.cell.id}${titleSuffix(problem)}`;
  if (problem.file === "") return { title, message: problemLine(problem) };
  const file = relativePath(workspace, problem.file);
  if (!inside(workspace, problem.file)) return { title, message: `${file}:${problem.line}:${problem.column}: ${problem.text}` };
  return { file, line: problem.line, column: problem.column, title, message: problem.text };
}

function titleSuffix(problem: Problem): string {
  if (problem.compilers.length > 0) return ` (${problem.compilers.join(", ")})`;
  if (problem.kind === "departs-from-attempt") return ": not the scenario's attempt";
  return problem.kind === "run-failed" ? ": the guest run failed" : ": Rust";
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
  const unexpected = unexpectedEntries(matrix).length;
  const verdict = unexpected === 0 ? "every cell as expected" : `${unexpected} cell(s) with unexpected outcomes`;
  return `## accessor-kit ${command}: ${verdict}\n\n${renderMarkdown(matrix, links)}\n`;
}
