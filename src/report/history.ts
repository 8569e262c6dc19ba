// History: each design's `history` export (src/interfaces/history.ts), read from the design's own
// module, the kit's `designs/<id>.ts` or a proposal's `design.ts`: where it comes from and which
// wasmtime releases shipped it. A module with no such export, one whose export is not a
// DesignHistory, or one that does not load gives "unknown" and why, never an error (the matrix
// already says what is wrong with a design that does not load).

import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { enableCellImports, errorLine, kitRoot } from "../engine/index.ts";
import type { DesignHistory, Release } from "../interfaces/history.ts";

export type KnownHistory = { readonly known: true; readonly history: DesignHistory } | { readonly known: false; readonly reason: string };

/** The kit's module of a design. */
export function kitDesignModule(design: string): string {
  return join(kitRoot, "designs", `${design}.ts`);
}

/** Each design's history, from `modules` (by design id) or else the kit's module of that id. */
export async function designHistories(designs: readonly string[], modules: ReadonlyMap<string, string> = new Map()): Promise<Map<string, KnownHistory>> {
  const read = designs.map(async (design) => [design, await historyOf(modules.get(design) ?? kitDesignModule(design))] as const);
  return new Map(await Promise.all(read));
}

async function historyOf(module: string): Promise<KnownHistory> {
  if (!existsSync(module)) return { known: false, reason: "no design module" };
  let exported: unknown;
  try {
    enableCellImports();
    exported = ((await import(pathToFileURL(module).href)) as { readonly history?: unknown }).history;
  } catch (error) {
    return { known: false, reason: `the design module does not load: ${errorLine(error)}` };
  }
  if (exported === undefined) return { known: false, reason: "the design module exports no history" };
  const problem = historyProblem(exported);
  return problem === undefined ? { known: true, history: exported as DesignHistory } : { known: false, reason: `its history ${problem}` };
}

/** What keeps `value` from being a DesignHistory, or undefined. */
function historyProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "is not an object";
  const { step, source, release } = value as Record<string, unknown>;
  if (step !== undefined && typeof step !== "string") return "has a step that is not a string";
  if (source !== undefined && typeof source !== "string") return "has a source that is not a string";
  if (release === "never released") return undefined;
  if (typeof release !== "object" || release === null) return `has no release ({ from?, to? } or "never released")`;
  const { from, to } = release as Record<string, unknown>;
  const version = (x: unknown) => x === undefined || (typeof x === "number" && Number.isInteger(x) && x > 0);
  if (!version(from) || !version(to)) return "has a release whose from or to is not a wasmtime major version";
  if (typeof from === "number" && typeof to === "number" && from > to) return "has a release that ends before it starts";
  return undefined;
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

/** Where it comes from: `D3, PR #8448, backported as PR #8620`, or "" when the history gives neither. */
export function originText(history: DesignHistory): string {
  return [history.step, history.source].filter((part) => part !== undefined && part !== "").join(", ");
}
