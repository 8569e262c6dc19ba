// Labels: how an entry reads in every format. The TypeScript part is one label when every compiler
// agrees ("runs", "TS2322"), else one per compiler ("ts7 TS2322", "ts6 TS2345"); the verdict is a
// mark: ✓ as the cell expects, ✗ unexpected, ? explored (the cell expects nothing). An entry's
// outcome (accepts, refuses, disagree, unexpected) has a name and what it means, in the markdown's
// legend and the HTML page's, and a mark for the page.

import type { Entry, Outcome, Verdict } from "./matrix.ts";

export const MARK: Readonly<Record<Verdict, string>> = { expected: "✓", unexpected: "✗", explored: "?" };

export const OUTCOME_LABEL: Readonly<Record<Outcome, { readonly name: string; readonly mark: string; readonly text: string }>> = {
  accepts: { name: "accepts", mark: "✓", text: "TypeScript and Rust both take the attempt" },
  refuses: { name: "refuses", mark: "✗", text: "TypeScript and Rust both refuse it, with the pinned errors" },
  disagree: { name: "disagree", mark: "≠", text: "one of TypeScript and Rust takes it, the other refuses it" },
  unexpected: { name: "unexpected", mark: "!", text: "not what the cell expects, so it says nothing" },
};

export function typescriptLines(entry: Entry): string[] {
  const labels = new Set(entry.typescript.map((outcome) => outcome.label));
  if (labels.size <= 1) return [...labels];
  return entry.typescript.map((outcome) => `${outcome.compiler} ${outcome.label}`);
}

export function typescriptSummary(entry: Entry): string {
  return typescriptLines(entry).join(", ");
}

/** Scenario ids as column headers: split after dashes into lines no wider than `width` where possible. */
export function wrapId(id: string, width: number): string[] {
  const parts = id.split(/(?<=-)/);
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + part.length <= width) lines[last] += part;
    else lines.push(part);
  }
  return lines;
}
