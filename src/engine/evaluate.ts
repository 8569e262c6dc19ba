// Evaluate: the engine's one entry point. Find the cells (or take them), check them with every
// compiler in parallel (per compiler: one program for all design cells, one for the single-file
// findings, one per finding folder with its own tsconfig), charge each diagnostic to the cells it
// belongs to, judge every cell per compiler, and run the runtime check of each scenario cell that
// compiles on the reference compiler (the cells whose header expects them to compile are started
// while the compilers check them; their results count only for the cells that do compile).

import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { cachingEnabled, newRound, resultCache, type ResultCache } from "./cache.ts";
import { ProgramTimes, Slots } from "./schedule.ts";
import { attemptDeparture } from "../scenarios/attempt.ts";
import { findCells, supportModules, type CellSelection } from "./cells.ts";
import { compilers as configured, locateCompiler, type Compiler } from "./compilers.ts";
import { EngineError } from "./errors.ts";
import { judge } from "./judge.ts";
import { Runtime } from "./runtime.ts";
import { kitRoot } from "./package.ts";
import { checkProgram, checkProgramCached, checksInOneProcess, type Program, type ProgramCheck } from "./tsc.ts";
import type { Cell, CellEvaluation, CellResult, CompilerId, CompilerRun, Diagnostic, Evaluation, EvaluationProgress, RuntimeResult } from "./types.ts";

export interface EvaluateOptions extends CellSelection {
  /** The folder holding `type-tests/` (default: the kit itself). Not used when `cells` is given. */
  readonly root?: string;
  /** Cells already read (e.g. with readCellFolder); no discovery or selection then. */
  readonly cells?: readonly Cell[];
  /** Default: every configured compiler. The first of them, in configuration order, gates the runtime. */
  readonly compilers?: readonly CompilerId[];
  /** Default true: run the runtime check of each scenario cell that compiles on the reference compiler. */
  readonly runtime?: boolean;
  /**
   * Default: the CLI's choice (`--no-cache` turns it off; see `setCaching`). Take each program's
   * diagnostics and each cell's run from the result cache where none of their inputs changed.
   */
  readonly cache?: boolean;
  /** Called as the evaluation goes: when a compiler has judged a program's cells, and when a runtime check ends. */
  readonly onProgress?: (progress: EvaluationProgress) => void;
}

export async function evaluate(options: EvaluateOptions = {}): Promise<Evaluation> {
  const started = performance.now();
  const { cells, malformed } = options.cells !== undefined ? { cells: options.cells, malformed: [] } : findCells(options.root ?? kitRoot, options);
  const compilers = selectCompilers(options.compilers);
  const versions = compilers.map((compiler) => locateCompiler(compiler).version);
  const programs = programsFor(cells);
  newRound();
  const cache = resultCache(options.cache);
  const slots = new Slots(Math.max(2, availableParallelism()));
  const times = new ProgramTimes(options.cache ?? cachingEnabled());
  const progress = { cells: cells.length, judged: {} as Partial<Record<CompilerId, number>>, ran: 0 };
  const report = () => options.onProgress?.({ ...progress, judged: { ...progress.judged } });
  const judged = (compiler: CompilerId, count: number) => {
    progress.judged[compiler] = (progress.judged[compiler] ?? 0) + count;
    report();
  };

  const running = options.runtime === false ? undefined : new Runtime(cells, compilers[0]!.id, () => (progress.ran++, report()), cache);
  let runtime: { readonly results: ReadonlyMap<Cell, RuntimeResult>; readonly ms: number } = { results: new Map(), ms: 0 };
  const checked = await Promise.all(
    compilers.map(async (compiler, index) => {
      const checkedByOne = await runCompiler(compiler, versions[index]!, programs, { slots, times, cache }, judged);
      if (index === 0 && running !== undefined) runtime = await running.results(cells, checkedByOne.results, checkedByOne.imports);
      return checkedByOne;
    }),
  );

  const evaluations = cells.map((cell): CellEvaluation => {
    const compile = Object.fromEntries(checked.map(({ run, results }) => [run.compiler, results.get(cell)!]));
    const ran = runtime.results.get(cell);
    const attempt = cell.kind === "scenario" ? attemptDeparture(cell.scenario, "ts", readFileSync(cell.file, "utf8"), cell.design) : undefined;
    return { cell, compile, ...(ran === undefined ? {} : { runtime: ran }), ...(attempt === undefined ? {} : { attempt }) };
  });
  const pass =
    malformed.length === 0 &&
    evaluations.every((e) => Object.values(e.compile).every((result) => result.pass) && e.runtime?.pass !== false && e.attempt === undefined);
  const imports = checked[0]!.imports;
  return { cells: evaluations, malformed, runs: checked.map((c) => c.run), runtimeMs: runtime.ms, ms: performance.now() - started, pass, imports };
}

function selectCompilers(ids: readonly CompilerId[] | undefined): readonly Compiler<CompilerId>[] {
  if (ids === undefined) return configured;
  const unknown = ids.find((id) => !configured.some((compiler) => compiler.id === id));
  if (unknown !== undefined) throw new EngineError(`unknown compiler "${unknown}" (known: ${configured.map((c) => c.id).join(", ")})`);
  if (ids.length === 0) throw new EngineError("no compiler selected");
  return configured.filter((compiler) => ids.includes(compiler.id));
}

export interface ProgramOfCells {
  readonly program: Program;
  readonly cells: readonly Cell[];
}

/**
 * The programs a compiler checks: one for the design cells of each folder of design folders (the
 * kit's type-tests/, or the folder a proposal lies in: a proposal is checked apart from the kit's
 * cells, so a run's cached kit programs stay valid beside it), one for every single-file finding
 * (so a finding's augmentations never reach a design cell), one per finding folder with its own
 * tsconfig. Each shared program also holds the support modules (`*.lib.ts`) beside its cells.
 */
export function programsFor(cells: readonly Cell[]): readonly ProgramOfCells[] {
  const shared = (group: readonly Cell[]): ProgramOfCells[] => {
    if (group.length === 0) return [];
    const files = group.map((cell) => cell.file);
    return [{ program: { files: [...files, ...supportModules(files)] }, cells: group }];
  };
  const scenarioCells = cells.filter((cell) => cell.kind === "scenario");
  const roots = [...new Set(scenarioCells.map((cell) => dirname(dirname(cell.file))))];
  const own = cells.flatMap((cell) => (cell.kind === "finding" && cell.tsconfig !== undefined ? [{ program: { tsconfig: cell.tsconfig }, cells: [cell] }] : []));
  return [
    ...roots.flatMap((root) => shared(scenarioCells.filter((cell) => dirname(dirname(cell.file)) === root))),
    ...shared(cells.filter((cell) => cell.kind === "finding" && cell.tsconfig === undefined)),
    ...own,
  ];
}

/** How the programs of one evaluation are run: the cores shared by all compilers, the programs' past times, the result cache. */
interface Running {
  readonly slots: Slots;
  readonly times: ProgramTimes;
  readonly cache: ResultCache;
}

/**
 * One compiler's programs, each from the cache or checked when a core is free, the longest first
 * (by its time in the last run, else an estimate), whatever the compiler; the programs of a
 * compiler that checks them all in one process (TS 6's service) go to it one at a time.
 */
async function runCompiler(
  compiler: Compiler<CompilerId>,
  version: string,
  programs: readonly ProgramOfCells[],
  { slots, times, cache }: Running,
  judged: (compiler: CompilerId, cells: number) => void,
): Promise<{ run: CompilerRun; results: Map<Cell, CellResult>; imports: Map<string, Set<string>> }> {
  const started = performance.now();
  const results = new Map<Cell, CellResult>();
  const imports = new Map<string, Set<string>>();
  const lane = checksInOneProcess(compiler) ? new Slots(1) : undefined;
  await Promise.all(
    programs.map(async ({ program, cells }) => {
      const priority = -times.estimate(compiler, program);
      const timed = () => times.time(compiler, program, () => checkProgram(compiler, program));
      const run = () => slots.run(priority, timed);
      const check = await checkProgramCached(cache, compiler, program, () => (lane === undefined ? run() : lane.run(priority, run)));
      const charged = chargeToCells(cells, check);
      for (const [from, to] of check.imports) imports.set(from, new Set([...(imports.get(from) ?? []), ...to]));
      for (const cell of cells) results.set(cell, judge(cell, compiler.id, charged.get(cell) ?? []));
      judged(compiler.id, cells.length);
    }),
  );
  times.save();
  return { run: { compiler: compiler.id, version, programs: programs.length, ms: performance.now() - started }, results, imports };
}

/**
 * Which cells each diagnostic counts against: a cell's own diagnostics are its own; one in another
 * file (a support module, a design, the kit) counts against every cell that imports that file,
 * directly or not; one in a file no cell imports counts against the cells beside it, and failing
 * that (or with no file at all) against every cell of the program.
 */
function chargeToCells(cells: readonly Cell[], { diagnostics, imports }: ProgramCheck): Map<Cell, Diagnostic[]> {
  const byFile = new Map(cells.map((cell) => [cell.file, cell]));
  const importers = new Map<string, Cell[]>();
  for (const cell of cells) {
    const seen = new Set([cell.file]);
    const queue = [cell.file];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      for (const imported of imports.get(file) ?? []) {
        if (seen.has(imported) || byFile.has(imported)) continue;
        seen.add(imported);
        queue.push(imported);
        importers.set(imported, [...(importers.get(imported) ?? []), cell]);
      }
    }
  }
  const charged = new Map<Cell, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const own = byFile.get(diagnostic.file);
    const beside = cells.filter((cell) => dirname(cell.file) === dirname(diagnostic.file));
    const owners = own !== undefined ? [own] : (importers.get(diagnostic.file) ?? (beside.length > 0 ? beside : cells));
    for (const owner of owners) charged.set(owner, [...(charged.get(owner) ?? []), diagnostic]);
  }
  return charged;
}
