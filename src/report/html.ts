// HTML: the report as one self-contained static page for reviewers (`accessor-kit report --html
// <dir>`, `check --html <dir>`): the decision table, then the matrix coloured by outcome (accepts,
// refuses, TypeScript and Rust disagree, unexpected) with a legend and filters by design, scenario
// and outcome, then the findings. Clicking an entry opens its TypeScript cell with each compiler's
// diagnostics at their lines, its Rust twin with rustc's, the guest run's result and the lines the
// design wrote into the scenario's attempt. No server, no network: the style, the script and every
// source the page shows are in the one file (its Content-Security-Policy allows nothing else). It
// renders the same model as the markdown (matrix.ts, decisions.ts), so the two cannot disagree.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatRatio } from "../costs/index.ts";
import type { Diagnostic } from "../engine/index.ts";
import { formatClaim } from "../rust/claim.ts";
import { scenarioById } from "../scenarios/index.ts";
import { buildDecisionTable, type Answer, type DecisionRow, type DecisionTable, type Part } from "./decisions.ts";
import { originText, releaseText } from "./history.ts";
import { PAGE_SCRIPT, PAGE_STYLE } from "./html-assets.ts";
import { OUTCOME_LABEL, typescriptLines } from "./labels.ts";
import { entryKey, isProposal, OUTCOMES, outcomeOf, placeholder, problemLine, rustLabel, type Entry, type Matrix, type Outcome } from "./matrix.ts";
import { relativePath } from "./paths.ts";
import type { Report } from "./report.ts";
import { writtenLines, type Written } from "./written.ts";

/** The outcome an answer of the decision table is coloured as. */
const ANSWER_OUTCOME: Readonly<Record<Answer, Outcome | "missing">> = {
  yes: "accepts",
  no: "refuses",
  "TypeScript only": "disagree",
  "Rust only": "disagree",
  "yes in TypeScript": "accepts",
  "no in TypeScript": "refuses",
  unexpected: "unexpected",
  missing: "missing",
};

/** Writes `<dir>/index.html` for a report. */
export function writeHtmlReport(report: Report, dir: string, base: string): { file: string; bytes: number } {
  const decisions = buildDecisionTable(report.matrix, report.costs);
  const page = renderHtml(report, decisions, base);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "index.html");
  writeFileSync(file, page);
  return { file, bytes: Buffer.byteLength(page) };
}

/** The page. Paths are shown relative to `base` (the working directory). */
export function renderHtml(report: Report, decisions: DecisionTable, base: string): string {
  const { matrix } = report;
  const title = report.command === "matrix" ? "accessor-kit: the designs x scenarios matrix" : `accessor-kit ${report.command}`;
  const data = cellData(report, base);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${text(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${text(title)}</h1>
<p>What may the getter passed to a generated <code>addToLinker(linker, get)</code> return? ${text(runLine(report))}</p>
</header>
<main>
${decisionSection(decisions)}
${matrixSection(matrix)}
${findingsSection(matrix)}
</main>
<dialog id="detail" aria-labelledby="detail-title">
<div class="detail-head"><h2 id="detail-title"></h2><button type="button" class="close">Close</button></div>
<div id="detail-body"></div>
</dialog>
<script type="application/json" id="cells">${json(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function runLine({ matrix, compilersNotRun }: Report): string {
  const compilers = [...matrix.compilers.map((c) => `TypeScript ${c.version} (${c.id})`), ...compilersNotRun.map((c) => `${c.id} not run: ${c.reason}`)].join(", ");
  const rust = matrix.rust.status === "ran" ? matrix.rust.rustc : `Rust twins not run: ${matrix.rust.reason}`;
  const entries = [...matrix.entries.values(), ...matrix.findings];
  const unexpected = entries.filter((entry) => entry.verdict === "unexpected").length;
  const verdict = unexpected === 0 ? "every cell as it expects" : `${unexpected} unexpected`;
  return `${matrix.designs.length} designs x ${matrix.scenarios.length} scenarios, checked with ${compilers}; ${rust}. ${entries.length} cells: ${verdict}.`;
}

// The decision table.

function decisionSection(table: DecisionTable): string {
  const costs = table.costsNotMeasured === undefined;
  const head = ["design", ...table.properties.map((property) => property.title), ...(costs ? ["host call vs a direct call"] : []), "released"];
  const rows = table.rows.map((row) => {
    const cells = row.decisions.map((decision) => `<td>${decision.parts.map(partHtml).join("")}</td>`);
    const cost = costs ? [`<td class="num">${costHtml(row)}</td>`] : [];
    return `<tr data-design="${attr(row.design)}"${row.proposal ? ' class="proposal"' : ""}>${designHeader(row.design, row.proposal)}${cells.join("")}${cost.join("")}<td>${historyHtml(row)}</td></tr>`;
  });
  const key = table.properties.map((property) => {
    const scenarios = property.evidence.map((evidence) => `<code>${text(evidence.scenario)}</code>${evidence.label === undefined ? "" : ` (${text(evidence.label)})`}`).join(" and ");
    return `<li><strong>${text(property.title)}</strong>, from ${scenarios}: ${inlineCode(property.question)}</li>`;
  });
  const notes = [
    ...(table.unweighed.length === 0 ? [] : [`<p>Scenarios no property weighs yet: ${table.unweighed.map((id) => `<code>${text(id)}</code>`).join(", ")}.</p>`]),
    ...(costs ? [] : [`<p>No host-call cost: ${text(table.costsNotMeasured)}.</p>`]),
  ];
  return `<section aria-labelledby="decisions-title">
<h2 id="decisions-title">Decision table</h2>
<p>Each entry is read from named cells of the matrix (click one to open it): <strong>yes</strong> when TypeScript and rustc both accept the scenario's attempt, <strong>no</strong> when both refuse it, <strong>TypeScript only</strong> or <strong>Rust only</strong> when one does; then the TypeScript cell's outcome / the Rust twin's. The release is from wasmtime's source (the kit's docs/history.md).</p>
<div class="scroll" role="region" aria-labelledby="decisions-title" tabindex="0">
<table class="decisions">
<thead><tr>${head.map((name) => `<th scope="col">${text(name)}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>
<h3>What each column asks</h3>
<ul class="key">${key.join("")}</ul>
${notes.join("\n")}
</section>`;
}

function partHtml(part: Part): string {
  const label = part.evidence.label === undefined ? "" : `<span class="label">${text(part.evidence.label)}:</span> `;
  const outcome = ANSWER_OUTCOME[part.answer];
  const evidence = part.entry === undefined ? "" : ` <a href="#${attr(part.key)}" data-key="${attr(part.key)}">${text(typescriptLines(part.entry).join(", "))} / ${text(rustLabel(part.entry.rust))}</a>`;
  return `<p class="part o-${outcome}">${label}<strong>${text(part.answer)}</strong>${evidence}</p>`;
}

function costHtml(row: DecisionRow): string {
  if (!row.cost.measured) return `<span class="muted">not measured: ${text(row.cost.reason)}</span>`;
  const { cost, cell } = row.cost.call;
  return `${text(formatRatio(cost.ratio))}<br><span class="muted">${cost.design.median.toFixed(1)} ns against ${cost.direct.median.toFixed(1)} ns, through <code>${text(cell)}</code></span>`;
}

function historyHtml(row: DecisionRow): string {
  if (!row.history.known) return `unknown <span class="muted">(${text(row.history.reason)})</span>`;
  const origin = originText(row.history.history);
  return `${text(releaseText(row.history.history.release))}${origin === "" ? "" : `<br><span class="muted">${text(origin)}</span>`}`;
}

function designHeader(design: string, proposal: boolean): string {
  return `<th scope="row">${text(design)}${proposal ? ' <span class="tag">proposal</span>' : ""}</th>`;
}

// The matrix.

function matrixSection(matrix: Matrix): string {
  const head = matrix.scenarios.map((scenario) => `<th scope="col" data-scenario="${attr(scenario)}">${breakable(scenario)}</th>`).join("");
  const rows = matrix.designs.map((design) => {
    const cells = matrix.scenarios.map((scenario) => entryCell(matrix, design, scenario)).join("");
    return `<tr data-design="${attr(design)}"${isProposal(matrix, design) ? ' class="proposal"' : ""}>${designHeader(design, isProposal(matrix, design))}${cells}</tr>`;
  });
  const legend = OUTCOMES.map((outcome) => `<li class="o-${outcome}"><span class="mark" aria-hidden="true">${OUTCOME_LABEL[outcome].mark}</span> ${text(OUTCOME_LABEL[outcome].name)}: ${text(OUTCOME_LABEL[outcome].text)}</li>`);
  return `<section aria-labelledby="matrix-title">
<h2 id="matrix-title">Matrix</h2>
<p>A row per design, a column per scenario. Each entry: what TypeScript says (<code>runs</code>: it compiles and the real guest runs through it; <code>TS2322</code>: the errors, each pinned in the cell's header; one line per compiler where they differ), then what rustc says of the Rust twin (<code>E0308?</code>: the cell's claim, not checked in this run). <span class="explored-mark">?</span> marks an explored cell, which expects nothing.</p>
<ul class="legend" aria-label="Outcomes">${legend.join("")}</ul>
${filters(matrix)}
<p id="shown" aria-live="polite"></p>
<div class="scroll" role="region" aria-labelledby="matrix-title" tabindex="0">
<table class="matrix">
<thead><tr><th scope="col">design</th>${head}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>
${matrix.missing.length === 0 ? "" : `<p>Missing cells: ${matrix.missing.map((key) => `<code>${text(key)}</code>`).join(", ")}.</p>`}
</section>`;
}

function filters(matrix: Matrix): string {
  const group = (legend: string, name: string, values: readonly string[], labels: (value: string) => string = (value) => value) =>
    `<fieldset><legend>${legend}</legend>${values.map((value) => `<label><input type="checkbox" name="${name}" value="${attr(value)}" checked> ${text(labels(value))}</label>`).join("")}</fieldset>`;
  return `<details class="filters">
<summary>Filter by design, scenario and outcome</summary>
<form>
${group("Designs", "design", matrix.designs)}
${group("Scenarios", "scenario", matrix.scenarios)}
${group("Outcomes", "outcome", OUTCOMES, (outcome) => outcome === "disagree" ? "TypeScript and Rust disagree" : outcome)}
<button type="reset">Show everything</button>
</form>
</details>`;
}

function entryCell(matrix: Matrix, design: string, scenario: string): string {
  const key = entryKey(design, scenario);
  const entry = matrix.entries.get(key);
  if (entry === undefined) return `<td data-scenario="${attr(scenario)}" class="o-missing">${text(placeholder(matrix, design, scenario).replace(/^- /, ""))}</td>`;
  const outcome = outcomeOf(entry);
  return `<td id="${attr(key)}" data-scenario="${attr(scenario)}" data-outcome="${outcome}" class="o-${outcome}">${entryButton(key, entry, outcome)}</td>`;
}

function entryButton(key: string, entry: Entry, outcome: Outcome): string {
  const typescript = typescriptLines(entry);
  const rust = rustLabel(entry.rust);
  const explored = entry.verdict === "explored" ? ' <span class="explored-mark" title="explored: the cell expects nothing">?</span>' : "";
  // Said to a screen reader before the visible text, so the button's name still contains what it shows.
  const context = `<span class="sr">${text(entry.cell.id)}: ${outcome === "disagree" ? "TypeScript and Rust disagree" : outcome}${entry.verdict === "explored" ? ", explored" : ""}. TypeScript: </span>`;
  const mark = `<span class="mark" aria-hidden="true">${OUTCOME_LABEL[outcome].mark}</span>${explored} `;
  const lines = typescript.map((line, index) => `<span class="ts">${index === 0 ? mark : ""}${text(line)}</span>`);
  return `<button type="button" data-key="${attr(key)}">${context}${lines.join("")}<span class="rs"><span class="lang">rs</span> ${text(rust)}</span></button>`;
}

function findingsSection(matrix: Matrix): string {
  if (matrix.findings.length === 0) return "";
  const items = matrix.findings.map((entry) => {
    const outcome = outcomeOf(entry);
    return `<li class="o-${outcome}"><code>${text(entry.cell.id)}</code> ${entryButton(entry.cell.id, entry, outcome)}</li>`;
  });
  return `<section aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<p>The TypeScript facts the designs build on (<code>type-tests/findings/</code>), each a cell like the matrix's.</p>
<ul class="findings">${items.join("")}</ul>
</section>`;
}

// What a click opens: per entry, its sources with the diagnostics at their lines, read into the page.

/** A source file as the page shows it: its lines, what the compilers said at them, and what they said elsewhere. */
interface Listing {
  readonly file: string;
  readonly lines: readonly string[];
  /** `[line, text]`: a diagnostic, shown under its 1-based line. */
  readonly notes: readonly (readonly [number, string])[];
  /** Diagnostics about other files (the design module, a support module), each with its place. */
  readonly elsewhere: readonly string[];
  readonly written: Written;
}

interface CellData {
  readonly title: string;
  readonly outcome: Outcome;
  readonly verdict: string;
  readonly intent?: string;
  readonly summary: string;
  readonly problems: readonly string[];
  readonly runtime: string;
  readonly rustStatus: string;
  readonly ts: Listing;
  readonly rs?: Listing;
}

function cellData({ matrix }: Report, base: string): Record<string, CellData> {
  const entries = [...matrix.entries.values(), ...matrix.findings];
  return Object.fromEntries(entries.map((entry) => [entry.cell.id, entryData(matrix, entry, base)]));
}

function entryData(matrix: Matrix, entry: Entry, base: string): CellData {
  const { cell } = entry;
  const scenario = cell.kind === "scenario" ? scenarioById(cell.scenario) : undefined;
  const outcome = outcomeOf(entry);
  const tsNotes = typescriptNotes(entry);
  const ts = listing(cell.file, tsNotes, base, scenario === undefined ? "missing" : writtenLines(scenario.id, "ts", cell.file));
  const rsNotes = (entry.twin?.errors ?? []).map((error) => ({ file: error.file ?? "", line: error.line ?? 0, text: `rustc ${error.code === "nocode" ? "error (no code)" : error.code}: ${error.message}` }));
  const rs = entry.twin && listing(entry.twin.file, rsNotes, base, scenario === undefined ? "missing" : writtenLines(scenario.id, "rust", entry.twin.file));
  return {
    title: cell.id,
    outcome,
    verdict: entry.verdict === "expected" ? "as the cell expects" : entry.verdict === "explored" ? "explored: the cell expects nothing" : "unexpected",
    ...(scenario && { intent: scenario.intent }),
    summary: `TypeScript: ${typescriptLines(entry).join(", ")}. Rust: ${rustLabel(entry.rust)}.`,
    problems: entry.problems.map(problemLine),
    runtime: runtimeText(entry),
    rustStatus: rustStatus(matrix, entry),
    ts,
    ...(rs && { rs }),
  };
}

interface Note {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Each diagnostic once, naming every compiler that reported it. */
function typescriptNotes(entry: Entry): Note[] {
  const byPlace = new Map<string, { diagnostic: Diagnostic; compilers: string[] }>();
  for (const outcome of entry.typescript) {
    for (const diagnostic of outcome.diagnostics) {
      const place = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:${diagnostic.code}:${diagnostic.message}`;
      const known = byPlace.get(place);
      if (known === undefined) byPlace.set(place, { diagnostic, compilers: [outcome.compiler] });
      else known.compilers.push(outcome.compiler);
    }
  }
  return [...byPlace.values()].map(({ diagnostic, compilers }) => ({
    file: diagnostic.file,
    line: diagnostic.line,
    text: `${compilers.join(", ")} TS${diagnostic.code} (column ${diagnostic.column}): ${diagnostic.message}`,
  }));
}

function listing(file: string, notes: readonly Note[], base: string, written: Written): Listing {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    source = "(this file could not be read when the page was written)";
  }
  const own = notes.filter((note) => note.file === file);
  const elsewhere = notes.filter((note) => note.file !== file).map((note) => `${note.file === "" ? "the program" : `${relativePath(base, note.file)}:${note.line}`}: ${note.text}`);
  return { file: relativePath(base, file), lines: source.replace(/\r?\n$/, "").split(/\r?\n/), notes: own.map((note) => [note.line, note.text] as const), elsewhere, written };
}

function runtimeText(entry: Entry): string {
  const { runtime, cell } = entry;
  if (runtime === undefined) return cell.kind === "finding" ? "not run: a finding is only type-checked" : "not run: the cell does not compile with the reference compiler";
  return runtime.pass ? "the real guest ran through the cell's link(), and the scenario's check passed" : `failed at ${runtime.stage}: ${runtime.error}`;
}

function rustStatus(matrix: Matrix, { rust }: Entry): string {
  const claim = rust.claim === undefined ? "the cell makes no claim" : `the cell claims ${formatClaim(rust.claim)}`;
  switch (rust.status) {
    case "not-run":
      return `rustc did not run (${matrix.rust.status === "not-run" ? matrix.rust.reason : "not for this cell"}); ${claim}, unchecked.`;
    case "no-twin":
      return `no Rust twin; ${claim}, unchecked.`;
    case "checked":
      return `${matrix.rust.status === "ran" ? matrix.rust.rustc : "rustc"}: ${formatClaim(rust.rustc)}; ${claim}${rust.pass ? ", which holds" : ", which does not hold"}.`;
  }
}

// Escaping.

function text(value: string | undefined): string {
  return (value ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;");
}

/** `code spans` of a property's question as <code>. */
function inlineCode(value: string): string {
  return text(value).replace(/`([^`]+)`/g, "<code>$1</code>");
}

/** An id that may break after its dashes. */
function breakable(id: string): string {
  return text(id).replace(/-/g, "-<wbr>");
}

/** JSON safe inside a <script> element. */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
