// Text: the terminal report. The matrix (a row per design, a column per scenario; per entry the
// verdict mark, each compiler's outcome, and rustc's), what went wrong where something did, the
// explored cells, the findings, what a proposal does differently, the costs, and the figures. It
// is fitted to a width: tables wrap their columns into blocks, prose wraps at spaces.

import { displayPath } from "../engine/errors.ts";
import { compareProposal, describeDifference } from "./compare.ts";
import { costLines, type Costs } from "./costs.ts";
import { MARK, typescriptLines, typescriptSummary, wrapId } from "./labels.ts";
import { entryKey, placeholder, problemLine, rustLabel, type Entry, type Matrix, type Verdict } from "./matrix.ts";
import type { Figures, Report } from "./report.ts";
import type { Paint, Style } from "./style.ts";
import { renderTable, wrapLine, type Row } from "./table.ts";

const VERDICT_STYLE: Readonly<Record<Verdict, Style>> = { expected: "green", unexpected: "red", explored: "yellow" };

const HEADER_WIDTH = 12;

/** The report, no wider than `width` (but for words longer than that). */
export function renderText(report: Report, paint: Paint, width = Infinity): string {
  const { matrix } = report;
  const sections = [
    [title(report), ...proposalLines(matrix), ""],
    table(matrix, paint, width),
    ["", legend(matrix, paint)],
    faults(matrix, paint),
    incomplete(matrix),
    details("unexpected", matrix, (entry) => entry.verdict === "unexpected", (entry) => entry.problems.map(problemLine), paint),
    details("explored (no expect line: the outcome is reported, not judged)", matrix, (entry) => entry.verdict === "explored", exploredLines, paint),
    details("what the proposals' runs printed", matrix, (entry) => outputOf(entry) !== "", (entry) => outputOf(entry).split("\n"), paint),
    findings(matrix, paint, width),
    matrix.proposals.flatMap(({ design }) => differences(matrix, design)),
    costs(report.costs, width),
    ["", summary(matrix, paint), figures(report.figures)],
  ];
  return `${sections.flat().flatMap((line) => wrapLine(line, width)).join("\n")}\n`;
}

function title({ command, matrix, compilersNotRun }: Report): string {
  const compilers = [...matrix.compilers.map((c) => `${c.id} ${c.version}`), ...compilersNotRun.map((c) => `${c.id} not run (${c.reason})`)].join(", ");
  const rust = matrix.rust.status === "ran" ? `Rust twins on ${matrix.rust.rustc}` : `Rust twins not run: ${matrix.rust.reason}`;
  return `accessor-kit ${command}: ${plural(matrix.designs.length, "design")} x ${plural(matrix.scenarios.length, "scenario")}; TypeScript ${compilers}; ${rust}`;
}

/** Per proposal, where its Rust twins stand and the scenarios it brings. */
function proposalLines(matrix: Matrix): string[] {
  return matrix.proposals.map(({ design, scenarios, rust }) => {
    const twins = rust.status === "ran" ? "its Rust twins compiled" : rust.status === "not-run" ? `its Rust twins not compiled (${rust.reason})` : "no Rust twins: its rust: claims are unchecked";
    const own = scenarios.map((scenario) => `${scenario.id}${scenario.intent === undefined ? "" : ` (${scenario.intent})`}`);
    return `${design} (proposal): ${twins}${own.length === 0 ? "" : `; its own scenarios: ${own.join("; ")}`}`;
  });
}

function table(matrix: Matrix, paint: Paint, width: number): string[] {
  const header: Row = [[], ...matrix.scenarios.map((scenario) => wrapId(scenario, HEADER_WIDTH))];
  const proposals = matrix.proposals.map((proposal) => proposal.design);
  const rows = matrix.designs.map((design): Row => {
    const name = proposals.includes(design) ? [paint("bold", design), paint("dim", "(proposal)")] : [design];
    return [name, ...matrix.scenarios.map((scenario) => entryLines(matrix, design, scenario, paint))];
  });
  return renderTable([header, ...rows], width);
}

function entryLines(matrix: Matrix, design: string, scenario: string, paint: Paint): string[] {
  const entry = matrix.entries.get(entryKey(design, scenario));
  if (entry === undefined) return [paint("dim", placeholder(matrix, design, scenario))];
  const style = VERDICT_STYLE[entry.verdict];
  const typescript = typescriptLines(entry).map((line, index) => paint(style, `${index === 0 ? MARK[entry.verdict] : " "} ${line}`));
  const rustStyle: Style = entry.rust.status === "checked" ? (entry.rust.pass ? "green" : "red") : "dim";
  return [...typescript, paint(rustStyle, `rs ${rustLabel(entry.rust)}`)];
}

function legend(matrix: Matrix, paint: Paint): string {
  const marks = (["expected", "unexpected", "explored"] as const).map((verdict) => `${paint(VERDICT_STYLE[verdict], MARK[verdict])} ${verdict === "expected" ? "as the cell expects" : verdict}`);
  const both = matrix.compilers.length > 1 ? `; one line per compiler where ${matrix.compilers.map((c) => c.id).join(" and ")} differ` : "";
  return `${marks.join("  ")}  |  runs: compiles, and the guest runs through it (run fails: it does not, pinned or not); TS<code>: the compiler's errors${both}; rs: what rustc does with the Rust twin (E0308?: the cell's claim, unchecked)`;
}

function faults(matrix: Matrix, paint: Paint): string[] {
  if (matrix.faults.length === 0) return [];
  return [
    "",
    "faults (outside any cell's verdict, each once):",
    ...matrix.faults.map(({ problem }) => `  ${paint("red", MARK.unexpected)} ${displayPath(problem.file)}:${problem.line}: ${problemLine(problem)}`),
  ];
}

/** Missing and unfinished cells, and whether they fail the run. */
function incomplete(matrix: Matrix): string[] {
  const lines = [
    ...(matrix.missing.length === 0 ? [] : [`missing cells (${matrix.missing.length}): ${matrix.missing.join(", ")}`]),
    ...(matrix.unfinished.length === 0 ? [] : [`unfinished cells (${matrix.unfinished.length}; fill their holes, then check again):`]),
    ...matrix.unfinished.map((cell) => `  ${displayPath(cell.file)}:${cell.line}: ${cell.holes.join(" ")}`),
  ];
  const counted = matrix.unfinished.length > 0 || matrix.missing.some((key) => matrix.proposals.some(({ design }) => key.startsWith(`${design}/`)));
  const verdict = !counted ? [] : matrix.allowMissing ? ["(allowed by --allow-missing)"] : ["(a proposal's missing and unfinished cells fail the check; --allow-missing allows them)"];
  return lines.length === 0 ? [] : ["", ...lines, ...verdict];
}

function details(heading: string, matrix: Matrix, wanted: (entry: Entry) => boolean, lines: (entry: Entry) => readonly string[], paint: Paint): string[] {
  const entries = [...matrix.entries.values(), ...matrix.findings].filter(wanted);
  if (entries.length === 0) return [];
  return [
    "",
    `${heading}:`,
    ...entries.flatMap((entry) => [
      `  ${paint(VERDICT_STYLE[entry.verdict], MARK[entry.verdict])} ${entry.cell.id}  ${paint("dim", displayPath(entry.cell.file))}`,
      ...lines(entry).map((line) => `      ${line}`),
    ]),
  ];
}

/** What an explored cell did: its outcome, each error the reference compiler reported, a failed run, and any problem (a departure from the attempt). */
function exploredLines(entry: Entry): string[] {
  const errors = (entry.typescript[0]?.diagnostics ?? []).map((d) => `${entry.typescript[0]!.compiler} TS${d.code} at ${displayPath(d.file)}:${d.line}: ${d.message.split("\n", 1)[0]}`);
  const run = entry.runtime?.pass === false ? [`run (${entry.runtime.stage}): ${entry.runtime.error}`] : [];
  return [`TypeScript: ${typescriptSummary(entry)}; Rust: ${rustLabel(entry.rust)}`, ...errors, ...run];
}

/** What a run in a child process printed, stdout then stderr, each line marked with its stream. */
function outputOf(entry: Entry): string {
  const output = entry.runtime?.output;
  if (output === undefined) return "";
  const marked = (stream: string, text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n").map((line) => `${stream}| ${line}`));
  return [...marked("stdout", output.stdout), ...marked("stderr", output.stderr)].join("\n");
}

function findings(matrix: Matrix, paint: Paint, width: number): string[] {
  if (matrix.findings.length === 0) return [];
  const rows = matrix.findings.map((entry): Row => [
    [paint(VERDICT_STYLE[entry.verdict], MARK[entry.verdict])],
    [entry.cell.id],
    [typescriptSummary(entry)],
    [`rs ${rustLabel(entry.rust)}`],
  ]);
  return ["", "findings (the TypeScript facts the designs build on):", ...renderTable(rows, width - 2).map((line) => (line === "" ? line : `  ${line}`))];
}

function differences(matrix: Matrix, proposal: string): string[] {
  const compared = compareProposal(matrix, proposal);
  if (compared.length === 0) return [];
  return [
    "",
    `what ${proposal} does, beside the kit's designs:`,
    ...compared.map((difference) => `  ${difference.scenario}: ${describeDifference(difference)}`),
  ];
}

function costs(costs: Costs, width: number): string[] {
  return ["", ...costLines(costs, width)];
}

function summary(matrix: Matrix, paint: Paint): string {
  const entries = [...matrix.entries.values(), ...matrix.findings];
  const count = (verdict: Verdict) => entries.filter((entry) => entry.verdict === verdict).length;
  const more = [
    ...(matrix.faults.length === 0 ? [] : [plural(matrix.faults.length, "fault")]),
    ...(matrix.unfinished.length === 0 ? [] : [`${matrix.unfinished.length} unfinished`]),
    ...(matrix.proposals.length === 0 || matrix.missing.length === 0 ? [] : [`${matrix.missing.length} missing`]),
  ];
  const text = `${plural(entries.length, "cell")}: ${count("expected")} as expected, ${count("explored")} explored, ${count("unexpected")} unexpected${more.map((part) => `, ${part}`).join("")}`;
  return paint(matrix.pass ? "green" : "red", matrix.pass ? `${text}.` : `${text}: FAIL.`);
}

function figures(figures: Figures): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const compilers = figures.compilers.map((c) => `${c.id} ${seconds(c.ms)} (${plural(c.programs, "program")})`).join(", ");
  const rust = figures.rustMs === undefined ? "" : `, rustc ${seconds(figures.rustMs)}`;
  return `took ${seconds(figures.wallMs)}: ${compilers}, guest runs ${seconds(figures.runtimeMs)}${rust}, costs ${seconds(figures.costsMs)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
