// JSON: the whole report for other tools, in the shape schema/report.schema.json publishes (its
// `schemaVersion` changes when a field changes meaning or goes away). Every entry with its cell,
// the header's expectations, each compiler's outcome and diagnostics, the runtime check, rustc's
// outcome and the claim, the verdict, and each problem as data beside its line of text. Paths are
// relative to a base folder (the working directory), with `/`.

import { kitVersion, type CellHeader, type Diagnostic, type Expectation } from "../engine/index.ts";
import { compareProposal } from "./compare.ts";
import type { Entry, Observation, Problem } from "./matrix.ts";
import { relativePath } from "./paths.ts";
import type { Report } from "./report.ts";

/** The version of the document's shape (2: `proposals` replaced `proposal`). */
export const SCHEMA_VERSION = 2;

export function renderJson({ command, matrix, compilersNotRun, costs, figures }: Report, base: string): string {
  const path = (file: string) => relativePath(base, file);
  const entryJson = ({ cell, typescript, runtime, rust, verdict, problems }: Entry) => ({
    id: cell.id,
    file: path(cell.file),
    ...(cell.kind === "scenario" ? { design: cell.design, scenario: cell.scenario } : { finding: cell.finding }),
    verdict,
    problems: problems.map((problem) => problemJson(problem, path)),
    header: headerJson(cell.header, path),
    typescript: typescript.map(({ compiler, label, pass, diagnostics }) => ({ compiler, label, pass, diagnostics: diagnostics.map((d) => diagnosticJson(d, path)) })),
    runtime: runtime ?? null,
    rust,
  });
  const json = {
    schemaVersion: SCHEMA_VERSION,
    kit: { version: kitVersion },
    command,
    pass: matrix.pass,
    compilers: matrix.compilers,
    compilersNotRun,
    rust: matrix.rust,
    designs: matrix.designs,
    scenarios: matrix.scenarios,
    proposals: matrix.proposals.map(({ design, folder, scenarios, rust }) => ({ design, folder: path(folder), scenarios, rust, differences: compareProposal(matrix, design) })),
    cells: [...matrix.entries.values()].map(entryJson),
    missing: matrix.missing,
    unfinished: matrix.unfinished.map((cell) => ({ ...cell, file: path(cell.file) })),
    allowMissing: matrix.allowMissing,
    faults: matrix.faults.map(({ design, problem }) => ({ design, problem: problemJson(problem, path) })),
    findings: matrix.findings.map(entryJson),
    costs,
    figures,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

type PathOf = (file: string) => string;

function problemJson({ kind, compilers, text, expected, actual, file, line, column }: Problem, path: PathOf) {
  return {
    kind,
    compilers,
    text,
    ...(expected === undefined ? {} : { expected: observationJson(expected, path) }),
    ...(actual === undefined ? {} : { actual: observationJson(actual, path) }),
    file: path(file),
    line,
    column,
  };
}

function observationJson(observation: Observation, path: PathOf): Observation {
  return observation.file === undefined ? observation : { ...observation, file: path(observation.file) };
}

function diagnosticJson(diagnostic: Diagnostic, path: PathOf): Diagnostic {
  return { ...diagnostic, file: path(diagnostic.file) };
}

function headerJson(header: CellHeader, path: PathOf) {
  const expectations = (list: readonly Expectation[]) => list.map((e) => (e.kind === "error" ? { ...e, file: path(e.file) } : e));
  return {
    expect: expectations(header.expect),
    expectFor: Object.fromEntries(Object.entries(header.expectFor).map(([compiler, list]) => [compiler, expectations(list)])),
    explored: header.explored,
    ...(header.rust === undefined ? {} : { rust: header.rust }),
    ...(header.run === undefined ? {} : { run: header.run }),
  };
}
