// Compare: what a proposal does differently from the kit's designs, scenario by scenario. Two
// entries agree when their TypeScript outcomes read the same ("runs", "TS2322", per compiler where
// the compilers differ); the verdict and the Rust part are not compared.

import { typescriptSummary } from "./labels.ts";
import { entryKey, type Matrix } from "./matrix.ts";

export interface Difference {
  readonly scenario: string;
  /** The proposal's outcome; undefined when it has no cell for the scenario. */
  readonly proposal?: string;
  /** Kit designs with the same outcome. */
  readonly alike: readonly string[];
  /** Kit designs with another outcome (or no cell: "missing"). */
  readonly unlike: readonly { readonly design: string; readonly outcome: string }[];
}

export function compareProposal(matrix: Matrix): Difference[] {
  const proposal = matrix.proposal;
  if (proposal === undefined) return [];
  const outcome = (design: string, scenario: string) => {
    const entry = matrix.entries.get(entryKey(design, scenario));
    return entry === undefined ? undefined : typescriptSummary(entry);
  };
  const kit = matrix.designs.filter((design) => design !== proposal);
  return matrix.scenarios.map((scenario) => {
    const own = outcome(proposal, scenario);
    const others = kit.map((design) => ({ design, outcome: outcome(design, scenario) ?? "missing" }));
    return {
      scenario,
      ...(own === undefined ? {} : { proposal: own }),
      alike: others.filter((other) => other.outcome === own).map((other) => other.design),
      unlike: others.filter((other) => other.outcome !== own),
    };
  });
}

/** "runs, like get-host; unlike field-ref (TS2322)", or "missing" when the proposal has no cell. */
export function describeDifference(difference: Difference): string {
  if (difference.proposal === undefined) return "missing (the proposal has no cell for it)";
  const unlike = difference.unlike.map((other) => `${other.design} (${other.outcome})`).join(", ");
  if (difference.unlike.length === 0) return `${difference.proposal}, like every kit design`;
  if (difference.alike.length === 0) return `${difference.proposal}, unlike every kit design: ${unlike}`;
  return `${difference.proposal}, like ${difference.alike.join(", ")}; unlike ${unlike}`;
}
