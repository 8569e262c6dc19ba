// Tradeoffs: the generated parts of docs/tradeoffs.md. The prose is written by hand; each design's
// and each scenario's outcomes sit between markers and are regenerated from the matrix:
//
//   <!-- generated: design <id> -->  ...  <!-- end generated -->
//   <!-- generated: scenario <id> -->  ...  <!-- end generated -->
//   <!-- generated: agreement -->  ...  <!-- end generated -->   (where TypeScript and Rust agree)
//
// Every design and every scenario of the matrix must have its block, so a new one cannot go
// undocumented.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { kitRoot } from "../engine/index.ts";
import { designLines, readAttemptTemplate } from "../scenarios/attempt.ts";
import { scenarioById } from "../scenarios/index.ts";
import { cellLink, markdownTable, rustClaim } from "./markdown.ts";
import { entryKey, type Matrix } from "./matrix.ts";
import { noLinks, type Links } from "./paths.ts";

const BLOCK = /(<!-- generated: (design|scenario) ([a-z0-9-]+) -->\n)[\s\S]*?(<!-- end generated -->)/g;
const AGREEMENT = /(<!-- generated: agreement -->\n)[\s\S]*?(<!-- end generated -->)/g;

export interface Filled {
  readonly text: string;
  /** Markers naming no design or scenario, and designs or scenarios with no block. */
  readonly problems: readonly string[];
}

/** `links`: how the document links a cell (none by default). */
export function fillTradeoffs(template: string, matrix: Matrix, doc: string, links: Links = noLinks): Filled {
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
  return { text: text.replace(AGREEMENT, (_block, open: string, close: string) => `${open}${agreementBlock(matrix)}\n${close}`), problems };
}

type Agreement = "both accept" | "both reject" | "TypeScript accepts, Rust rejects" | "TypeScript rejects, Rust accepts";

/** Every cell sorted by whether the reference compiler and the cell's Rust claim agree. */
function agreementBlock(matrix: Matrix): string {
  const groups = new Map<Agreement, string[]>();
  for (const design of matrix.designs) {
    for (const scenario of matrix.scenarios) {
      const entry = matrix.entries.get(entryKey(design, scenario));
      const claim = entry?.rust.claim;
      if (entry === undefined || claim === undefined) continue;
      const tsAccepts = entry.typescript[0]?.diagnostics.length === 0;
      const rustAccepts = claim.kind === "compiles";
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
  const lines = (language: "ts" | "rust", file: string) => {
    if (!existsSync(file)) return "-";
    const written = designLines(readAttemptTemplate(scenario, language).text, readFileSync(file, "utf8"));
    return written === undefined ? "(departs from the attempt)" : written.map((line) => `\`${line.replaceAll("|", "\\|")}\``).join("<br>");
  };
  return markdownTable(
    ["design", "TypeScript", "Rust"],
    matrix.designs.map((design) => {
      const entry = matrix.entries.get(entryKey(design, scenario));
      return [`\`${design}\``, entry === undefined ? "-" : lines("ts", entry.cell.file), lines("rust", join(kitRoot, "rust", "twins", design, `${scenario}.rs`))];
    }),
  );
}

function outcomes(matrix: Matrix, label: string, rows: readonly (readonly [name: string, key: string])[], links: Links): string {
  return markdownTable(
    [label, "TypeScript", "Rust"],
    rows.map(([name, key]) => {
      const entry = matrix.entries.get(key);
      return [`\`${name}\``, entry === undefined ? "missing" : cellLink(entry, links), entry === undefined ? "-" : rustClaim(entry)];
    }),
  );
}
