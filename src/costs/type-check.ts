// Type-check cost: what TypeScript 7 spends on a design. Per design, one program of its cells (with
// their support modules; they import the design and the kit) is checked with
// `tsc --extendedDiagnostics --singleThreaded`, and so is a baseline program of the kit alone
// (src/index.ts); the design's cost is the difference: its check time and the type instantiations
// it adds. Single-threaded, because TS 7's parallel checkers each instantiate the types they need,
// so the counts would depend on how the files happen to be spread across checkers.
// Instantiation counts are exact. Check times are a few milliseconds, and on a shared machine other
// processes only ever add to them, so every program is checked once per round, in turn, and a
// design's time is its program's fastest round minus the kit's fastest round (a median of such
// small differences drowns in the noise; the spread of the program's rounds is reported with it).

import { kitTypes, type ScenarioCell, supportModules } from "../engine/index.ts";
import { designsOf } from "./cells.ts";
import { checkFiles, compiler } from "./program.ts";
import { interleave, spread, type Spread } from "./statistics.ts";

/** What one `--extendedDiagnostics` run reports for a program. */
export interface CheckStatistics {
  readonly checkMs: number;
  readonly instantiations: number;
  readonly types: number;
}

/** Reads `Check time`, `Instantiations` and `Types` from tsc's `--extendedDiagnostics` output. */
export function parseExtendedDiagnostics(output: string): CheckStatistics {
  const field = (name: string): number => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)(s?)\\s*$`, "m").exec(output);
    if (match === null) throw new Error(`tsc --extendedDiagnostics printed no "${name}:" line`);
    return Number(match[1]) * (match[2] === "s" ? 1000 : 1);
  };
  return { checkMs: field("Check time"), instantiations: field("Instantiations"), types: field("Types") };
}

export interface TypeCheckCost {
  readonly design: string;
  readonly cells: number;
  readonly rounds: number;
  /** Check time above the kit alone: the fastest round of the design's program minus the kit's, ms. */
  readonly checkMs: number;
  /** The check time of the whole program (kit included) over the rounds: how noisy the rounds were. */
  readonly programMs: Spread;
  /** Type instantiations above the kit alone. */
  readonly instantiations: number;
  /** Types created above the kit alone. */
  readonly types: number;
  /** Relative to field-ref (absent when field-ref has no cells): check time, and instantiations. */
  readonly relative?: { readonly checkMs: number; readonly instantiations: number };
}

/** The design every type-check cost is relative to. */
export const typeCheckReference = "field-ref";

/** The TS 7 type-check cost of each design of `cells`, over `rounds` rounds. */
export async function typeCheckCosts(cells: readonly ScenarioCell[], rounds: number): Promise<TypeCheckCost[]> {
  const designs = designsOf(cells);
  const programs: Record<string, () => Promise<CheckStatistics>> = { [KIT]: () => checkStatistics([kitTypes]) };
  for (const design of designs) {
    const files = cells.filter((cell) => cell.design === design).map((cell) => cell.file);
    programs[design] = () => checkStatistics([...files, ...supportModules(files)]);
  }
  const statistics = await interleave(rounds, programs);
  const fastest = (program: string) => spread(statistics[program]!.map((stats) => stats.checkMs)).min;
  const kit = statistics[KIT]![0]!;
  const above = (design: string) => {
    const own = statistics[design]![0]!;
    return { checkMs: fastest(design) - fastest(KIT), instantiations: own.instantiations - kit.instantiations, types: own.types - kit.types };
  };
  const reference = designs.includes(typeCheckReference) ? above(typeCheckReference) : undefined;
  return designs.map((design) => {
    const own = above(design);
    const programMs = spread(statistics[design]!.map((stats) => stats.checkMs));
    const cost = { design, cells: cells.filter((cell) => cell.design === design).length, rounds, ...own, programMs };
    if (reference === undefined) return cost;
    return { ...cost, relative: { checkMs: own.checkMs / reference.checkMs, instantiations: own.instantiations / reference.instantiations } };
  });
}

/** The baseline program's key: the kit alone (no design is named so). */
const KIT = "(the kit alone)";

async function checkStatistics(files: readonly string[]): Promise<CheckStatistics> {
  const run = await checkFiles(compiler("ts7"), files, ["--extendedDiagnostics", "--singleThreaded"]);
  return parseExtendedDiagnostics(run.stdout);
}
