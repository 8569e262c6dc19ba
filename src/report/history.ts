// History: where each of the kit's designs comes from and which wasmtime releases shipped it, the
// decision table's release column. One table for every design, read off wasmtime's source in
// docs/history.md (which gives each step's evidence: PRs, tags, files and lines); `npm test` fails
// when a kit design has no row here. A proposal (`check`) is never released.

import { join } from "node:path";
import { kitRoot } from "../engine/index.ts";

/** The wasmtime releases that shipped a design, by major version, or that none did. */
export type Release =
  /** `from` absent: already in the oldest release read; `to` absent: still in the newest. */
  | { readonly from?: number; readonly to?: number }
  | "never released";

export interface DesignHistory {
  /** The step of docs/history.md the design mirrors (D1 ... D8); absent for a proposal. */
  readonly step?: string;
  /** Where it was proposed or merged, as a reader looks it up: `PR #10770`, `wasmtime #8382 (comment)`. */
  readonly source: string;
  readonly release: Release;
}

/** The kit's designs, in the order of the steps they mirror. */
const KIT_HISTORY: Readonly<Record<string, DesignHistory>> = {
  "field-ref": { step: "D1", source: "the original bindgen!, kept as a wrapper over D3 until 33", release: { to: 20 } },
  "borrow-host": { step: "D2a", source: "wasmtime #8382 (comment)", release: "never released" },
  "borrow-mut": { step: "D2b", source: "wasmtime #8382 (description)", release: "never released" },
  "get-host": { step: "D3", source: "PR #8448, backported as PR #8620", release: { from: 21, to: 33 } },
  "gat-gethost": { step: "D4", source: "wasmtime #8382 (comment)", release: "never released" },
  "dyn-view": { step: "D5", source: "PR #8609", release: "never released" },
  "wasi-impl": { step: "D6", source: "PR #8766, backported as PR #8767", release: { from: 22, to: 35 } },
  "gat-like": { step: "D7", source: "PR #10770", release: { from: 34 } },
};

const PROPOSAL: DesignHistory = { source: "a proposal", release: "never released" };

export type KnownHistory = { readonly known: true; readonly history: DesignHistory } | { readonly known: false; readonly reason: string };

/** A design's history: a proposal's, the kit's row for it, or unknown. */
export function historyOf(design: string, proposal = false): KnownHistory {
  if (proposal) return { known: true, history: PROPOSAL };
  const history = KIT_HISTORY[design];
  return history === undefined ? { known: false, reason: "no row in src/report/history.ts" } : { known: true, history };
}

/** The kit's module of a design. */
export function kitDesignModule(design: string): string {
  return join(kitRoot, "designs", `${design}.ts`);
}

/** `wasmtime 21 to 33`, `wasmtime 34 on`, `up to wasmtime 20`, `never released`. */
export function releaseText(release: Release): string {
  if (release === "never released") return release;
  const { from, to } = release;
  if (from !== undefined && to !== undefined) return from === to ? `wasmtime ${from}` : `wasmtime ${from} to ${to}`;
  if (from !== undefined) return `wasmtime ${from} on`;
  if (to !== undefined) return `up to wasmtime ${to}`;
  return "released (versions not given)";
}

/** Where it comes from: `D3, PR #8448, backported as PR #8620`. */
export function originText(history: DesignHistory): string {
  return [history.step, history.source].filter((part) => part !== undefined).join(", ");
}
