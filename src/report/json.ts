// JSON: the whole report for other tools. Every entry with its cell, each compiler's outcome and
// diagnostics, the runtime check, rustc's outcome and the claim, the verdict and its problems;
// paths are absolute.

import { compareProposal } from "./compare.ts";
import type { Entry } from "./matrix.ts";
import type { Report } from "./report.ts";

export function renderJson({ command, matrix, costs, figures }: Report): string {
  const json = {
    command,
    pass: matrix.pass,
    compilers: matrix.compilers,
    rust: matrix.rust,
    designs: matrix.designs,
    scenarios: matrix.scenarios,
    ...(matrix.proposal === undefined ? {} : { proposal: { design: matrix.proposal, differences: compareProposal(matrix) } }),
    cells: [...matrix.entries.values()].map(entryJson),
    missing: matrix.missing,
    findings: matrix.findings.map(entryJson),
    costs,
    figures,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function entryJson({ cell, typescript, runtime, rust, verdict, problems }: Entry) {
  return {
    id: cell.id,
    file: cell.file,
    ...(cell.kind === "scenario" ? { design: cell.design, scenario: cell.scenario } : { finding: cell.finding }),
    verdict,
    problems,
    header: cell.header,
    typescript,
    runtime: runtime ?? null,
    rust,
  };
}
