// JUnit: the report as JUnit XML, for CI systems that show test results from it. A test suite per
// design (the proposal's too) and one for the findings; a test case per cell. An unexpected cell
// is a failure (its problems, one per line), a design x scenario pair with no cell is skipped, an
// explored cell passes; each case's output says what the compilers and rustc did. Paths are
// relative to a base folder (the working directory), with `/`.

import { typescriptSummary } from "./labels.ts";
import { attempts, entryKey, placeholder, problemLine, rustLabel, type Entry, type Fault, type Matrix } from "./matrix.ts";
import { relativePath } from "./paths.ts";
import type { Report } from "./report.ts";

interface Case {
  readonly name: string;
  readonly file?: string;
  readonly body: string;
  readonly outcome: "passed" | "failed" | "skipped";
}

export function renderJunit({ command, matrix, figures }: Report, base: string): string {
  const proposals = matrix.proposals.map((proposal) => proposal.design);
  const suites = [
    ...matrix.designs.map((design) => ({
      name: design,
      cases: matrix.scenarios
        // A malformed cell is a case of the faults suite.
        .filter((scenario) => attempts(matrix, design, scenario) && !matrix.faults.some((fault) => fault.design === design && fault.scenario === scenario))
        .map((scenario) => {
          const entry = matrix.entries.get(entryKey(design, scenario));
          if (entry !== undefined) return entryCase(scenario, entry, base);
          return missingCase(scenario, placeholder(matrix, design, scenario).replace(/^\W+ /, ""), proposals.includes(design) && !matrix.allowMissing);
        }),
    })),
    ...(matrix.findings.length === 0 ? [] : [{ name: "findings", cases: matrix.findings.map((entry) => entryCase(entry.cell.id, entry, base)) }]),
    ...(matrix.faults.length === 0 ? [] : [{ name: "faults", cases: matrix.faults.map((fault) => faultCase(fault, base)) }]),
  ];
  const all = suites.flatMap((suite) => suite.cases);
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites ${attributes({ name: `accessor-kit ${command}`, ...counts(all), time: (figures.wallMs / 1000).toFixed(3) })}>`,
    ...suites.flatMap((suite) => [
      `  <testsuite ${attributes({ name: suite.name, ...counts(suite.cases) })}>`,
      ...suite.cases.map((testCase) => `    <testcase ${attributes({ classname: suite.name, name: testCase.name, ...(testCase.file === undefined ? {} : { file: testCase.file }) })}>${testCase.body}</testcase>`),
      `  </testsuite>`,
    ]),
    `</testsuites>`,
  ];
  return `${lines.join("\n")}\n`;
}

function entryCase(name: string, entry: Entry, base: string): Case {
  const output = `<system-out>${text(`${entry.verdict}: TypeScript ${typescriptSummary(entry)}; Rust ${rustLabel(entry.rust)}`)}</system-out>`;
  const file = relativePath(base, entry.cell.file);
  if (entry.verdict !== "unexpected") return { name, file, body: output, outcome: "passed" };
  const lines = entry.problems.map(problemLine);
  return { name, file, body: `<failure ${attributes({ type: "unexpected", message: lines[0] ?? "" })}>${text(lines.join("\n"))}</failure>${output}`, outcome: "failed" };
}

/** A scenario with no cell (`missing`, or `unfinished`): a failure for a proposal that does not allow it, else skipped. */
function missingCase(scenario: string, what: string, fails: boolean): Case {
  const message = `${what}: the design has no ${what === "unfinished" ? "finished " : ""}cell for this scenario`;
  if (fails) return { name: scenario, body: `<failure ${attributes({ type: what, message })}/>`, outcome: "failed" };
  return { name: scenario, body: `<skipped ${attributes({ message })}/>`, outcome: "skipped" };
}

function faultCase({ design, problem }: Fault, base: string): Case {
  const line = problemLine(problem);
  return { name: `${design}: ${relativePath(base, problem.file)}:${problem.line}`, file: relativePath(base, problem.file), body: `<failure ${attributes({ type: problem.kind, message: line })}>${text(line)}</failure>`, outcome: "failed" };
}

function counts(cases: readonly Case[]): Record<string, string> {
  const count = (outcome: Case["outcome"]) => String(cases.filter((c) => c.outcome === outcome).length);
  return { tests: String(cases.length), failures: count("failed"), errors: "0", skipped: count("skipped") };
}

function attributes(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;")}"`)
    .join(" ");
}

/** XML character data: markup characters escaped, characters XML 1.0 cannot hold left out. */
function text(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
