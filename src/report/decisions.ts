// Decisions: the decision table. A row per design of the matrix, a column per property a reviewer
// weighs (properties.ts), each entry answered from the named cells of the matrix in both languages;
// then what a host call costs through the design, where the run measured it, and the releases that
// shipped it (history.ts). docs/tradeoffs.md opens with it; the HTML report shows
// it above the matrix. Nothing in it is written by hand: a property's answer is its cells' outcome.

import type { DesignHostCall } from "../costs/index.ts";
import type { Costs, RecordedRun } from "./costs.ts";
import { historyOf, type KnownHistory } from "./history.ts";
import { acceptance, entryKey, isProposal, type Entry, type Matrix } from "./matrix.ts";
import { properties as allProperties, type Evidence, type Property } from "./properties.ts";

/**
 * What one cell says about a property: both languages accept the attempt (`yes`), both refuse it
 * (`no`), only one does, or, with no Rust side, what TypeScript does; `unexpected` when the cell is
 * not as it expects (so it says nothing), `missing` when there is no cell.
 */
export type Answer = "yes" | "no" | "TypeScript only" | "Rust only" | "yes in TypeScript" | "no in TypeScript" | "unexpected" | "missing";

export interface Part {
  readonly evidence: Evidence;
  /** `<design>/<scenario>`: the cell it is read from. */
  readonly key: string;
  readonly entry?: Entry;
  readonly answer: Answer;
}

export interface Decision {
  readonly property: Property;
  /** One per scenario of the property that the matrix has. */
  readonly parts: readonly Part[];
}

/** A design's host-call cost through its addToLinker against a direct import, or why there is none. */
export type Cost = { readonly measured: true; readonly call: Extract<DesignHostCall, { cost: unknown }> } | { readonly measured: false; readonly reason: string };

export interface DecisionRow {
  readonly design: string;
  readonly proposal: boolean;
  readonly decisions: readonly Decision[];
  readonly cost: Cost;
  readonly history: KnownHistory;
}

export interface DecisionTable {
  /** The properties the matrix has a scenario for, each with only those scenarios. */
  readonly properties: readonly Property[];
  readonly rows: readonly DecisionRow[];
  /** Scenarios of the matrix that no property uses. */
  readonly unweighed: readonly string[];
  /** Undefined when the run measured the costs, else why not (the table then has no cost column). */
  readonly costsNotMeasured?: string;
  /** When the costs are a recorded bench run's (the docs'), when and where it ran. */
  readonly costsRecorded?: RecordedRun;
}

export function answerOf(entry: Entry | undefined): Answer {
  if (entry === undefined) return "missing";
  if (entry.verdict === "unexpected") return "unexpected";
  const { typescript, rust } = acceptance(entry);
  if (rust === undefined) return typescript ? "yes in TypeScript" : "no in TypeScript";
  if (typescript === rust) return typescript ? "yes" : "no";
  return typescript ? "TypeScript only" : "Rust only";
}

export function buildDecisionTable(matrix: Matrix, costs: Costs, properties: readonly Property[] = allProperties): DecisionTable {
  const weighed = properties
    .map((property) => ({ ...property, evidence: property.evidence.filter((evidence) => matrix.scenarios.includes(evidence.scenario)) }))
    .filter((property) => property.evidence.length > 0);
  const used = new Set(weighed.flatMap((property) => property.evidence.map((evidence) => evidence.scenario)));
  const rows = matrix.designs.map(
    (design): DecisionRow => ({
      design,
      proposal: isProposal(matrix, design),
      decisions: weighed.map((property) => ({
        property,
        parts: property.evidence.map((evidence) => {
          const key = entryKey(design, evidence.scenario);
          const entry = matrix.entries.get(key);
          return { evidence, key, ...(entry && { entry }), answer: answerOf(entry) };
        }),
      })),
      cost: costOf(costs, design),
      history: historyOf(design, isProposal(matrix, design)),
    }),
  );
  return {
    properties: weighed,
    rows,
    unweighed: matrix.scenarios.filter((scenario) => !used.has(scenario)),
    ...(costs.status === "measured" ? {} : { costsNotMeasured: costs.reason }),
    ...(costs.status === "measured" && costs.recorded !== undefined ? { costsRecorded: costs.recorded } : {}),
  };
}

function costOf(costs: Costs, design: string): Cost {
  if (costs.status === "not-measured") return { measured: false, reason: costs.reason };
  const call = costs.hostCalls.find((candidate) => candidate.design === design);
  if (call === undefined) return { measured: false, reason: "no cell of it was measured" };
  return "cost" in call ? { measured: true, call } : { measured: false, reason: call.unavailable };
}
