// Tradeoffs: the generated parts of docs/tradeoffs.md. The prose is written by hand; each design's
// and each scenario's outcomes sit between markers and are regenerated from the matrix:
//
//   <!-- generated: design <id> -->  ...  <!-- end generated -->
//   <!-- generated: scenario <id> -->  ...  <!-- end generated -->
//   <!-- generated: agreement -->  ...  <!-- end generated -->   (where TypeScript and Rust agree)
//   <!-- generated: decisions -->  ...  <!-- end generated -->   (the decision table, decisions.ts)
//
// Every design and every scenario of the matrix must have its block, so a new one cannot go
// undocumented; given a decision table, the document must have its block.

import { join } from "node:path";
import { kitRoot } from "../engine/index.ts";
import { scenarioById } from "../scenarios/index.ts";
import type { DecisionTable } from "./decisions.ts";
import { cellLink, markdownTable, renderDecisionTable, rustClaim, rustLink } from "./markdown.ts";
import { acceptance, entryKey, type Matrix } from "./matrix.ts";
import { noLinks, type Links } from "./paths.ts";
import { writtenLines } from "./written.ts";

const BLOCK = /(<!-- generated: (design|scenario) ([a-z0-9-]+) -->\n)[\s\S]*?(<!-- end generated -->)/g;
const AGREEMENT = /(<!-- generated: agreement -->\n)[\s\S]*?(<!-- end generated -->)/g;
const DECISIONS = /(<!-- generated: decisions -->\n)[\s\S]*?(<!-- end generated -->)/g;

export interface Filled {
  readonly text: string;
  /** Markers naming no design or scenario, and designs or scenarios with no block. */
  readonly problems: readonly string[];
}

/** `links`: how the document links a cell (none by default); `decisions`: the table for its decisions block. */
export function fillTradeoffs(template: string, matrix: Matrix, doc: string, links: Links = noLinks, decisions?: DecisionTable): Filled {
  const problems: string[] = [];
  const seen = new Set<string>();
  const text = template.replace(BLOCK, (block, open: string, kind: "design" | "scenario", id: string, close: string) => {
    const known = kind === "design" ? matrix.designs.includes(id) : matrix.scenarios.includes(id);
    if (!known) {
      problems.push(`${doc}: a generated block names ${kind} "${id}", which the matrix does not have`);
      return block;
    }
    seen.add(`${kind} ${id}`);
    return `${open}${kind === "design" ? designBlock(matrix, id, links) : scenarioBlock(matrix, id, links)}\n${close}`;
  });
  for (const [kind, ids] of [["design", matrix.designs], ["scenario", matrix.scenarios]] as const) {
    for (const id of ids) if (!seen.has(`${kind} ${id}`)) problems.push(`${doc}: no "<!-- generated: ${kind} ${id} -->" block: every ${kind} has a section`);
  }
  if (decisions !== undefined && !text.includes("<!-- generated: decisions -->")) problems.push(`${doc}: no "<!-- generated: decisions -->" block for the decision table`);
  const filled = text
    .replace(AGREEMENT, (_block, open: string, close: string) => `${open}${agreementBlock(matrix)}\n${close}`)
    .replace(DECISIONS, (block, open: string, close: string) => (decisions === undefined ? block : `${open}${renderDecisionTable(decisions, links)}\n${close}`));
  return { text: filled, problems };
}

type Agreement = "both accept" | "both reject" | "TypeScript accepts, Rust rejects" | "TypeScript rejects, Rust accepts";

/** Every cell sorted by whether the reference compiler and the cell's Rust claim agree. */
function agreementBlock(matrix: Matrix): string {
  const groups = new Map<Agreement, string[]>();
  for (const design of matrix.designs) {
    for (const scenario of matrix.scenarios) {
      const entry = matrix.entries.get(entryKey(design, scenario));
      if (entry === undefined) continue;
      const { typescript: tsAccepts, rust: rustAccepts } = acceptance(entry);
      if (rustAccepts === undefined) continue;
      const group: Agreement =
        tsAccepts === rustAccepts
          ? tsAccepts
            ? "both accept"
            : "both reject"
          : tsAccepts
            ? "TypeScript accepts, Rust rejects"
            : "TypeScript rejects, Rust accepts";
      groups.set(group, [...(groups.get(group) ?? []), `\`${design}/${scenario}\` (${rustClaim(entry)})`]);
    }
  }
  const order: Agreement[] = ["both accept", "both reject", "TypeScript accepts, Rust rejects", "TypeScript rejects, Rust accepts"];
  return markdownTable(
    ["TypeScript and Rust", "cells", "which (Rust's outcome)"],
    order.map((group) => [group, String(groups.get(group)?.length ?? 0), (groups.get(group) ?? []).join(", ") || "-"]),
  );
}

function designBlock(matrix: Matrix, design: string, links: Links): string {
  return outcomes(matrix, "scenario", matrix.scenarios.map((scenario) => [scenario, entryKey(design, scenario)]), links);
}

function scenarioBlock(matrix: Matrix, scenario: string, links: Links): string {
  const { intent, origin } = scenarioById(scenario)!;
  const table = outcomes(matrix, "design", matrix.designs.map((design) => [design, entryKey(design, scenario)]), links);
  return `Intent: ${intent}. Origin: ${origin}.\n\n${table}\n\nWhat each design writes into the attempt (the rest of every cell and twin is the same):\n\n${spellings(matrix, scenario)}`;
}

/** Per design, the lines its cell and its twin write into the scenario's attempt. */
function spellings(matrix: Matrix, scenario: string): string {
  const lines = (language: "ts" | "rust", file: string | undefined) => {
    const written = writtenLines(scenario, language, file);
    if (written === "missing") return "-";
    if (written === "departs") return "(departs from the attempt)";
    return written.map((line) => `\`${line.replaceAll("|", "\\|")}\``).join("<br>");
  };
  return markdownTable(
    ["design", "TypeScript", "Rust"],
    matrix.designs.map((design) => {
      const entry = matrix.entries.get(entryKey(design, scenario));
      return [`\`${design}\``, lines("ts", entry?.cell.file), lines("rust", entry?.twin?.file ?? join(kitRoot, "rust", "twins", design, `${scenario}.rs`))];
    }),
  );
}

function outcomes(matrix: Matrix, label: string, rows: readonly (readonly [name: string, key: string])[], links: Links): string {
  return markdownTable(
    [label, "TypeScript", "Rust"],
    rows.map(([name, key]) => {
      const entry = matrix.entries.get(key);
      return [`\`${name}\``, entry === undefined ? "missing" : cellLink(entry, links), entry === undefined ? "-" : rustLink(entry, links)];
    }),
  );
}
