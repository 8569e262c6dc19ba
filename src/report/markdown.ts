// Markdown: the matrix as docs/matrix.md shows it (and as `--format markdown` prints it). Nothing
// run-dependent goes in: no timings, no costs, no compiler or rustc version beyond the pinned
// ones, so the generated file only changes when an outcome does. The Rust part of an entry is the
// cell's `// rust:` claim, which the matrix command and the Rust tests check against rustc; a claim
// rustc contradicted (when it ran) is marked ✗. An entry links its cell where `links` gives it a
// link that works wherever the markdown is put (see paths.ts); otherwise it is plain text. The
// decision table (decisions.ts) renders here too, for docs/tradeoffs.md.

import { join } from "node:path";
import { kitRoot } from "../engine/index.ts";
import { formatRatio } from "../costs/index.ts";
import { compareProposal, describeDifference } from "./compare.ts";
import type { RecordedRun } from "./costs.ts";
import { type Cost, type DecisionRow, type DecisionTable, type Part } from "./decisions.ts";
import { kitDesignModule, originText, releaseText, type KnownHistory } from "./history.ts";
import { MARK, OUTCOME_LABEL, typescriptSummary } from "./labels.ts";
import { displayPath } from "../engine/index.ts";
import { entryKey, OUTCOMES, outcomeOf, placeholder, problemLine, rustCodes, type Entry, type Matrix } from "./matrix.ts";
import { noLinks, type Links } from "./paths.ts";

export function renderMarkdown(matrix: Matrix, links: Links = noLinks): string {
  const sections = [
    table(matrix, links),
    legend(matrix),
    list("Faults", matrix.faults.map(({ problem }) => `${linked(`\`${displayPath(problem.file)}:${problem.line}\``, links(problem.file))}: ${code(problemLine(problem))}`)),
    list("Missing cells", matrix.missing.map((key) => `\`${key}\``)),
    list("Unfinished cells (holes to fill)", matrix.unfinished.map((cell) => `${linked(`\`${cell.design}/${cell.scenario}\``, links(cell.file))}: ${cell.holes.map(code).join(" ")}`)),
    list("Unexpected", entriesWhere(matrix, "unexpected").map((entry) => `${cellName(entry, links)}: ${entry.problems.map((problem) => code(problemLine(problem))).join("; ")}`)),
    list("Explored (no expect line: reported, not judged)", entriesWhere(matrix, "explored").map((entry) => `${cellName(entry, links)}: ${typescriptSummary(entry)}`)),
    findings(matrix, links),
    ...matrix.proposals.map(({ design }) => list(`What ${design} does, beside the kit's designs`, compareProposal(matrix, design).map((d) => `${d.scenario}: ${describeDifference(d)}`))),
  ];
  return `${sections.filter((section) => section !== "").join("\n\n")}\n`;
}

function table(matrix: Matrix, links: Links): string {
  const proposals = matrix.proposals.map((proposal) => proposal.design);
  const rows = matrix.designs.map((design) => {
    const name = proposals.includes(design) ? `**${design}** (proposal)` : `\`${design}\``;
    return [name, ...matrix.scenarios.map((scenario) => entryCell(matrix, design, scenario, links))];
  });
  return markdownTable(["design", ...matrix.scenarios.map((scenario) => `\`${scenario}\``)], rows);
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** One entry as a table cell: its outcome, then what TypeScript says (linked to the cell) and Rust (linked to the twin); a proposal's cell it lacks says why. */
function entryCell(matrix: Matrix, design: string, scenario: string, links: Links): string {
  const entry = matrix.entries.get(entryKey(design, scenario));
  if (entry === undefined) return placeholder(matrix, design, scenario).replace(/^- /, "");
  const explored = entry.verdict === "explored" ? ` ${MARK.explored}` : "";
  return `**${OUTCOME_LABEL[outcomeOf(entry)].name}**${explored}<br>${linked(typescriptSummary(entry), links(entry.cell.file))} / ${rustLink(entry, links)}`;
}

/** The entry's verdict and TypeScript outcome, linked to its cell where it has a link. */
export function cellLink(entry: Entry, links: Links): string {
  return linked(`${MARK[entry.verdict]} ${typescriptSummary(entry)}`, links(entry.cell.file));
}

/** The cell's id, linked where it has a link. */
function cellName(entry: Entry, links: Links): string {
  return linked(`\`${entry.cell.id}\``, links(entry.cell.file));
}

function linked(text: string, url: string | undefined): string {
  return url === undefined ? text : `[${text}](${url})`;
}

/**
 * The cell's claim (not rustc's live outcome, so the docs read the same with or without rustc);
 * one no twin backs (a proposal's without Rust twins) is marked unchecked.
 */
export function rustClaim(entry: Entry): string {
  const claim = entry.rust.claim === undefined ? "-" : rustCodes(entry.rust.claim);
  if (entry.rust.status === "no-twin" && entry.rust.claim !== undefined) return `${claim} (unchecked)`;
  return entry.rust.status === "checked" && !entry.rust.pass ? `✗ ${claim}` : claim;
}

/** The cell's claim, linked to the Rust twin where it has a link. */
export function rustLink(entry: Entry, links: Links): string {
  return linked(rustClaim(entry), entry.twin && links(entry.twin.file));
}

function legend(matrix: Matrix): string {
  const compilers = matrix.compilers.map((c) => `TypeScript ${c.version} (\`${c.id}\`)`).join(" and ");
  const outcomes = OUTCOMES.map((outcome) => `**${OUTCOME_LABEL[outcome].name}**: ${OUTCOME_LABEL[outcome].text}`).join("; ");
  return [
    `Checked with ${compilers}. Each entry: its outcome (${outcomes}; ${MARK.explored} explored: the cell expects nothing),`,
    `then what TypeScript says of the cell / what rustc says of its Rust twin. In the findings, ${MARK.expected} is as the cell's header expects, ${MARK.unexpected} unexpected.`,
    "`runs`: the cell compiles and the real guest runs through its `link()`; `run fails`: it compiles and the run fails, as",
    "the cell's `run:` line pins it (with ✓) or not (with ✗); `TS<code>`: the errors the compiler reports,",
    "each pinned by code, line and message in the cell's header; where the compilers differ, each is named.",
    "After the `/`: what rustc does with the cell's Rust twin (`rust/twins/<design>/<scenario>.rs`), as the cell's `// rust:` line claims;",
    matrix.proposals.length === 0
      ? "every claim is checked by compiling the twin (`npm start`, `npm test`)."
      : "the kit's claims are checked by compiling its twins (`npm start`, `npm test`), a proposal's against the twins of its `rust/` folder; a claim no twin backs is marked (unchecked).",
  ].join("\n");
}

function entriesWhere(matrix: Matrix, verdict: Entry["verdict"]): Entry[] {
  return [...matrix.entries.values(), ...matrix.findings].filter((entry) => entry.verdict === verdict);
}

function findings(matrix: Matrix, links: Links): string {
  if (matrix.findings.length === 0) return "";
  const rows = matrix.findings.map((entry) => [`\`${entry.cell.id}\``, cellLink(entry, links), rustLink(entry, links)]);
  return `## Findings\n\nThe TypeScript facts the designs build on (\`type-tests/findings/\`).\n\n${markdownTable(["finding", "TypeScript", "Rust"], rows)}`;
}

function list(heading: string, items: readonly string[]): string {
  return items.length === 0 ? "" : `## ${heading}\n\n${items.map((item) => `- ${item}`).join("\n")}`;
}

/** A code span that holds any text: a fence longer than the text's longest run of backticks. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(text) ? " " : "";
  return `${fence}${pad}${text.replace(/\n/g, " ")}${pad}${fence}`;
}

/** The decision table, its key (what each property asks, and of which scenarios) and what it leaves out. */
export function renderDecisionTable(table: DecisionTable, links: Links = noLinks): string {
  const header = ["design", ...table.properties.map((property) => property.title), ...(table.costsNotMeasured === undefined ? ["host call"] : []), "released"];
  const rows = table.rows.map((row) => [
    designName(row, links),
    ...row.decisions.map((decision) => decision.parts.map((part) => partText(part, links)).join("<br>")),
    ...(table.costsNotMeasured === undefined ? [costText(row.cost)] : []),
    historyText(row.history, links),
  ]);
  const key = table.properties.map((property) => {
    const scenarios = property.evidence.map((evidence) => `\`${evidence.scenario}\`${evidence.label === undefined ? "" : ` (${evidence.label})`}`).join(" and ");
    return `- **${property.title}**, from ${scenarios}: ${property.question}`;
  });
  const notes = [
    ...(table.unweighed.length === 0 ? [] : [`Scenarios no property weighs yet (src/report/properties.ts): ${table.unweighed.map((id) => `\`${id}\``).join(", ")}.`]),
    ...(table.costsNotMeasured === undefined ? [] : [`No host-call cost here: ${table.costsNotMeasured}.`]),
    ...(table.costsRecorded === undefined ? [] : [recordedNote(table.costsRecorded)]),
  ];
  return [markdownTable(header, rows), key.join("\n"), ...notes].join("\n\n");
}

function designName(row: DecisionRow, links: Links): string {
  const name = linked(`\`${row.design}\``, row.proposal ? undefined : links(kitDesignModule(row.design)));
  return row.proposal ? `**${row.design}** (proposal)` : name;
}

/** `let closure: **no** TS2345 / E0277`: the answer, then the cell's outcomes, linked to the cell and the twin. */
function partText(part: Part, links: Links): string {
  const label = part.evidence.label === undefined ? "" : `${part.evidence.label}: `;
  if (part.entry === undefined) return `${label}missing`;
  const typescript = linked(typescriptSummary(part.entry), links(part.entry.cell.file));
  const rust = rustLink(part.entry, links);
  return `${label}**${part.answer}** ${typescript} / ${rust}`;
}

/** Where the host-call column's figures come from when they are not this run's. */
function recordedNote({ date, machine, file, pairs, pinned }: RecordedRun): string {
  return `**Host call**: ns per guest call through the design's \`addToLinker\` over ns per call of a direct import doing the same host work, the median over ${pairs} fresh pair${pairs === 1 ? "" : "s"} of processes (a design's and the direct import's, ${pinned ? "both on one CPU, " : ""}V8's JavaScript optimizer on the main thread in each) with the lowest and highest pair in brackets, as \`npm run bench\` measured it on ${date} (${machine}), recorded in \`${file}\` by \`npm run bench -- --readme\`; \`npm start\` and the HTML report measure it afresh, over fewer pairs. Two designs' figures differ in evidence only where their brackets do not overlap.`;
}

function costText(cost: Cost): string {
  if (!cost.measured) return `not measured: ${cost.reason}`;
  return `${formatRatio(cost.call.cost.ratio)} a direct call, through \`${cost.call.cell}\``;
}

function historyText(known: KnownHistory, links: Links): string {
  if (!known.known) return `unknown (${known.reason})`;
  const origin = originText(known.history);
  const release = linked(releaseText(known.history.release), links(join(kitRoot, "docs", "history.md")));
  return origin === "" ? release : `${release}<br>${origin}`;
}
