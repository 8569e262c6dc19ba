// Compare: what a proposal does differently from the kit's designs, scenario by scenario. Two
// entries agree when their TypeScript outcomes read the same ("runs", "TS2322", per compiler where
// the compilers differ); the verdict and the Rust part are not compared. A scenario the proposal
// brings is its own: no kit design attempts it.

import { typescriptSummary } from "./labels.ts";
import { attempts, entryKey, type Matrix } from "./matrix.ts";

export interface Difference {
  readonly scenario: string;
  /** The proposal's outcome; undefined when it has no cell for the scenario. */
  readonly proposal?: string;
  /** The proposal brought the scenario: the kit's designs do not attempt it. */
  readonly own: boolean;
  /** Kit designs with the same outcome. */
  readonly alike: readonly string[];
  /** Kit designs with another outcome (or no cell: "missing"). */
  readonly unlike: readonly { readonly design: string; readonly outcome: string }[];
}

/** The outcome an entry reads as, or undefined when the design has no cell for the scenario. */
function outcome(matrix: Matrix, design: string, scenario: string): string | undefined {
  const entry = matrix.entries.get(entryKey(design, scenario));
  return entry === undefined ? undefined : typescriptSummary(entry);
}

/** Per scenario the proposal attempts, its outcome beside the kit designs'. */
export function compareProposal(matrix: Matrix, proposal: string): Difference[] {
  const proposals = matrix.proposals.map((row) => row.design);
  const kit = matrix.designs.filter((design) => !proposals.includes(design));
  return matrix.scenarios
    .filter((scenario) => attempts(matrix, proposal, scenario))
    .map((scenario) => {
      const own = outcome(matrix, proposal, scenario);
      const mine = !kit.some((design) => attempts(matrix, design, scenario));
      const others = mine ? [] : kit.map((design) => ({ design, outcome: outcome(matrix, design, scenario) ?? "missing" }));
      return {
        scenario,
        ...(own === undefined ? {} : { proposal: own }),
        own: mine,
        alike: others.filter((other) => other.outcome === own).map((other) => other.design),
        unlike: others.filter((other) => other.outcome !== own),
      };
    });
}

/** The scenarios where any of `designs` reads otherwise than `against` (a design with no cell reads "missing"). */
export function scenariosDiffering(matrix: Matrix, designs: readonly string[], against: string): string[] {
  return matrix.scenarios.filter((scenario) => designs.some((design) => (outcome(matrix, design, scenario) ?? "missing") !== (outcome(matrix, against, scenario) ?? "missing")));
}

/** "runs, like get-host; unlike field-ref (TS2322)", or "missing" when the proposal has no cell. */
export function describeDifference(difference: Difference): string {
  if (difference.proposal === undefined) return "missing (the proposal has no cell for it)";
  if (difference.own) return `${difference.proposal} (its own scenario: the kit's designs do not attempt it)`;
  const unlike = difference.unlike.map((other) => `${other.design} (${other.outcome})`).join(", ");
  if (difference.unlike.length === 0) return `${difference.proposal}, like every kit design`;
  if (difference.alike.length === 0) return `${difference.proposal}, unlike every kit design: ${unlike}`;
  return `${difference.proposal}, like ${difference.alike.join(", ")}; unlike ${unlike}`;
}
