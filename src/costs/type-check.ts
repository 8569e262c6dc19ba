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

import { dirname, isAbsolute, join } from "node:path";
import { kitRoot, kitTypes, resultCache, type ResultCache, type ScenarioCell, supportModules } from "../engine/index.ts";
import { designsOf } from "./cells.ts";
import { measuredOn } from "./machine.ts";
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

/** What one design's program measured above the kit alone (a TypeCheckCost before relating it to the reference). */
type Measured = Pick<TypeCheckCost, "checkMs" | "programMs" | "instantiations" | "types">;

/**
 * The TS 7 type-check cost of each design of `cells`, over `rounds` rounds; from the cache for a
 * design whose program's files (its cells, their support modules, the design, the kit, the
 * libraries) are unchanged since it was measured with as many rounds on this machine.
 */
export async function typeCheckCosts(cells: readonly ScenarioCell[], rounds: number, cache: ResultCache = resultCache(false)): Promise<TypeCheckCost[]> {
  const designs = designsOf(cells);
  const cellsOf = (design: string) => cells.filter((cell) => cell.design === design);
  const filesOf = (design: string) => {
    const files = cellsOf(design).map((cell) => cell.file);
    return [...files, ...supportModules(files)];
  };
  const identity = (design: string) => ({ files: filesOf(design), kit: kitTypes, rounds, compiler: compiler("ts7").version, ...measuredOn() });
  const measured = new Map<string, Measured>();
  for (const design of designs) {
    const hit = cache.lookup<Measured>("type-check", identity(design));
    if (hit !== undefined) measured.set(design, hit);
  }
  const toMeasure = designs.filter((design) => !measured.has(design));
  if (toMeasure.length > 0) {
    const programs: Record<string, () => Promise<CheckStatistics & { readonly files: readonly string[] }>> = { [KIT]: () => checkStatistics([kitTypes]) };
    for (const design of toMeasure) programs[design] = () => checkStatistics(filesOf(design));
    const since = Date.now();
    const statistics = await interleave(rounds, programs);
    const fastest = (program: string) => spread(statistics[program]!.map((stats) => stats.checkMs)).min;
    const kit = statistics[KIT]![0]!;
    for (const design of toMeasure) {
      const own = statistics[design]![0]!;
      const result: Measured = {
        checkMs: fastest(design) - fastest(KIT),
        programMs: spread(statistics[design]!.map((stats) => stats.checkMs)),
        instantiations: own.instantiations - kit.instantiations,
        types: own.types - kit.types,
      };
      const inputs = [...own.files, ...new Set(own.files.map((file) => dirname(file))), join(kitRoot, "tsconfig.json")];
      cache.store("type-check", identity(design), inputs, result, since);
      measured.set(design, result);
    }
  }
  const reference = measured.get(typeCheckReference);
  return designs.map((design) => {
    const own = measured.get(design)!;
    const cost = { design, cells: cellsOf(design).length, rounds, ...own };
    if (reference === undefined) return cost;
    return { ...cost, relative: { checkMs: own.checkMs / reference.checkMs, instantiations: own.instantiations / reference.instantiations } };
  });
}

/** The baseline program's key: the kit alone (no design is named so). */
const KIT = "(the kit alone)";

/** One `--extendedDiagnostics` run of a program of `files`, and every file it read (`--listFiles`). */
async function checkStatistics(files: readonly string[]): Promise<CheckStatistics & { readonly files: readonly string[] }> {
  const run = await checkFiles(compiler("ts7"), files, ["--extendedDiagnostics", "--singleThreaded", "--listFiles"]);
  return { ...parseExtendedDiagnostics(run.stdout), files: run.stdout.split(/\r?\n/).filter((line) => isAbsolute(line)) };
}
