// Evaluate: the engine's one entry point. Find the cells (or take them), check them with every
// compiler in parallel (per compiler: one program for all design cells, one for the single-file
// findings, one per finding folder with its own tsconfig, one per isolated folder), charge each
// diagnostic to the cells it belongs to, judge every cell per compiler, and run the runtime check of
// each scenario cell that compiles on the reference compiler (the kit's cells whose header expects
// them to compile are started while the compilers check them; their results count only for the
// cells that do compile). An isolated folder (a proposal's) is checked in a program of its own, so
// nothing in it reaches another cell; its modules' errors are reported once, apart from its cells;
// its cells run in a child process of its own, one after another, only those that type-check as
// their header expects. A program's diagnostics and a cell's run (a proposal's too) come from the
// result cache when none of their inputs changed.

import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { endCompilerAhead } from "./ahead.ts";
import { compiledCodeFolder } from "./code-cache.ts";
import { cachingEnabled, filesAndFolders, newRound, resultCache, treeInput, type ResultCache } from "./cache.ts";
import { ProgramTimes, Slots } from "./schedule.ts";
import { attemptDeparture } from "../scenarios/attempt.ts";
import { findCells, supportModules, type CellSelection } from "./cells.ts";
import { compilers as configured, locateCompiler, type Compiler } from "./compilers.ts";
import { EngineError } from "./errors.ts";
import { DEFAULT_LIMITS, type RunLimits } from "./confinement.ts";
import { inPool, IsolatedRuns } from "./isolation.ts";
import { judge } from "./judge.ts";
import { expectsToCompile, judgeRunEnd, Runtime, runtimeIdentity, runtimeInputs } from "./runtime.ts";
import { kitRoot } from "./package.ts";
import { cachedProgram, checkProgram, checksInService, type Program, type ProgramCheck } from "./tsc.ts";
import type { Cell, CellEvaluation, CellResult, CompilerId, CompilerRun, Diagnostic, Evaluation, EvaluationProgress, ModuleCheck, RuntimeResult, ScenarioCell } from "./types.ts";

/** A folder of cells from outside the kit (a proposal's), evaluated apart from every other cell. */
export interface IsolatedFolder {
  /** Absolute, symlinks resolved: the folder its cells lie in. */
  readonly folder: string;
  /**
   * Its modules (its design.ts, its own scenarios' modules): roots of its program even with no cell,
   * their errors reported once (Evaluation.modules), not against each cell that imports them.
   */
  readonly modules: readonly string[];
}

export interface EvaluateOptions extends CellSelection {
  /** The folder holding `type-tests/` (default: the kit itself). Not used when `cells` is given. */
  readonly root?: string;
  /** Cells already read (e.g. with readCellFolder); no discovery or selection then. */
  readonly cells?: readonly Cell[];
  /** Default: every configured compiler. The first of them, in configuration order, gates the runtime. */
  readonly compilers?: readonly CompilerId[];
  /** Default true: run the runtime check of each scenario cell that compiles on the reference compiler. */
  readonly runtime?: boolean;
  /** Folders whose cells are evaluated apart (a proposal's): a program of their own, runs in child processes. */
  readonly isolate?: readonly IsolatedFolder[];
  /** The limits of each run in a child process (default DEFAULT_LIMITS). */
  readonly limits?: RunLimits;
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
  const isolated = options.isolate ?? [];
  const programs = programsFor(cells, isolated);
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

  const startedAt = Date.now();
  // The compilers' checks start first, the costliest compiler's first: they are the run's longest path.
  const checking = new Map(
    [...compilers]
      .sort((a, b) => (b.relativeCost ?? 1) - (a.relativeCost ?? 1))
      .map((compiler) => [compiler, runCompiler(compiler, versions[compilers.indexOf(compiler)]!, programs, { slots, times, cache }, judged)] as const),
  );
  // Awaited below; a failure before then is reported there, not as an unhandled rejection.
  for (const pending of checking.values()) pending.catch(() => undefined);
  const inIsolation = (cell: Cell) => isolated.some(({ folder }) => dirname(cell.file) === folder);
  const trusted = cells.filter((cell) => !inIsolation(cell));
  const onRan = () => (progress.ran++, report());
  const running = options.runtime === false ? undefined : new Runtime(trusted, compilers[0]!.id, onRan, cache);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const isolatedCells = cells.filter((cell): cell is ScenarioCell => cell.kind === "scenario" && inIsolation(cell));
  const keptApart = new Map(
    isolatedCells.flatMap((cell) => {
      const kept = options.runtime === false ? undefined : cache.lookup<RuntimeResult>("runtime", runtimeIdentity(cell, limits));
      return kept === undefined ? [] : [[cell, kept] as const];
    }),
  );
  const apart = new Map(
    options.runtime === false
      ? []
      : isolated.map(({ folder }) => {
          const toRun = isolatedCells.filter((cell) => dirname(cell.file) === folder && !keptApart.has(cell) && expectsToCompile(cell, compilers[0]!.id));
          return [folder, new IsolatedRuns(folder, limits, toRun.length, cache)];
        }),
  );
  let runtime: { readonly results: ReadonlyMap<Cell, RuntimeResult>; readonly ms: number } = { results: new Map(), ms: 0 };
  const checked = await Promise.all(
    compilers.map(async (compiler, index) => {
      const checkedByOne = await checking.get(compiler)!;
      if (index === 0 && running !== undefined) {
        const kept = { cache, results: keptApart, imports: checkedByOne.imports, limits, startedAt };
        const [kit, own] = await Promise.all([running.results(trusted, checkedByOne.results, checkedByOne.imports), runApart(isolatedCells, checkedByOne.results, apart, kept, onRan)]);
        runtime = { results: new Map([...kit.results, ...own.results]), ms: Math.max(kit.ms, own.ms) };
      }
      return checkedByOne;
    }),
  ).finally(() => {
    for (const runner of apart.values()) runner.close();
  });

  const evaluations = cells.map((cell): CellEvaluation => {
    const compile = Object.fromEntries(checked.map(({ run, results }) => [run.compiler, results.get(cell)!]));
    const ran = runtime.results.get(cell);
    const attempt = cell.kind === "scenario" ? attemptDeparture(cell.scenario, "ts", readFileSync(cell.file, "utf8"), cell.design, { folder: cell.scenarioFolder }) : undefined;
    return { cell, compile, ...(ran === undefined ? {} : { runtime: ran }), ...(attempt === undefined ? {} : { attempt }) };
  });
  const modules = moduleChecks(checked);
  const pass =
    malformed.length === 0 &&
    modules.every((module) => Object.values(module.diagnostics).every((diagnostics) => diagnostics.length === 0)) &&
    evaluations.every(
      (e) => Object.values(e.compile).every((result) => result.pass) && (e.cell.header.explored || e.runtime?.pass !== false) && e.attempt === undefined,
    );
  const imports = checked[0]!.imports;
  const confined = isolated.length === 0 ? {} : { confined: { folders: isolated.map(({ folder }) => folder), limits: options.limits ?? DEFAULT_LIMITS } };
  return { cells: evaluations, malformed, modules, runs: checked.map((c) => c.run), runtimeMs: runtime.ms, ms: performance.now() - started, pass, imports, ...confined };
}

/** The isolated runs the result cache holds, and what a new one is kept against. */
interface KeptRuns {
  readonly cache: ResultCache;
  /** The runs found in the cache when the evaluation started (their inputs unchanged). */
  readonly results: ReadonlyMap<Cell, RuntimeResult>;
  /** The reference compiler's account of which file imports which. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
  readonly limits: RunLimits;
  /** Date.now() when the evaluation started. */
  readonly startedAt: number;
}

/**
 * The runs of the isolated folders' cells, each folder's one after another in its process, as many
 * folders at once as there are cores: only the cells that compile on the reference compiler exactly
 * as their header expects, and whose run the cache does not hold. A run is kept in the cache, as a
 * kit cell's is, against what the cell imports (and the proposal's scenario folder), unless a limit
 * or a crash ended it. The folders' processes are let go once their runs are done.
 */
async function runApart(
  cells: readonly ScenarioCell[],
  compiled: ReadonlyMap<Cell, CellResult>,
  runners: ReadonlyMap<string, IsolatedRuns>,
  kept: KeptRuns,
  onRan: () => void,
): Promise<{ results: Map<Cell, RuntimeResult>; ms: number }> {
  const started = performance.now();
  const runnable = cells.filter((cell) => compiled.get(cell)?.outcome === "compiles" && compiled.get(cell)?.pass === true);
  const run = async (cell: ScenarioCell): Promise<RuntimeResult> => {
    const scenarioModule = cell.scenarioFolder === undefined ? {} : { scenarioModule: join(cell.scenarioFolder, "index.ts") };
    const end = await runners.get(dirname(cell.file))!.cell({ kind: "cell", file: cell.file, scenario: cell.scenario, ...scenarioModule });
    const result = judgeRunEnd(cell, end);
    if (end.sentByTheCell) {
      const inputs = [...runtimeInputs(cell.file, kept.imports), ...filesAndFolders(end.loaded ?? []), ...(cell.scenarioFolder === undefined ? [] : [treeInput(cell.scenarioFolder)])];
      kept.cache.store("runtime", runtimeIdentity(cell, kept.limits), inputs, result, kept.startedAt);
    }
    return result;
  };
  const results = new Map<Cell, RuntimeResult>();
  try {
    await inPool([...runners.keys()], async (folder) => {
      for (const cell of runnable.filter((candidate) => dirname(candidate.file) === folder)) {
        try {
          results.set(cell, kept.results.get(cell) ?? (await run(cell)));
        } finally {
          onRan();
        }
      }
    });
    return { results, ms: runnable.length === 0 ? 0 : performance.now() - started };
  } finally {
    for (const runner of runners.values()) runner.close();
  }
}

/** Each isolated module's diagnostics per compiler, from every compiler's programs. */
function moduleChecks(checked: readonly { readonly run: CompilerRun; readonly modules: ReadonlyMap<string, readonly Diagnostic[]> }[]): ModuleCheck[] {
  const files = [...new Set(checked.flatMap(({ modules }) => [...modules.keys()]))];
  return files.map((file) => ({ file, diagnostics: Object.fromEntries(checked.map(({ run, modules }) => [run.compiler, modules.get(file) ?? []])) }));
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
  /** An isolated folder's modules: their diagnostics, and those charged to no cell, are the folder's, not its cells'. */
  readonly modules?: readonly string[];
}

/**
 * The programs a compiler checks: one for every design cell, one per isolated folder (so nothing in
 * a proposal reaches a kit cell, nor the other way), one for every single-file finding (so a
 * finding's augmentations never reach a design cell), one per finding folder with its own tsconfig.
 * Each shared program also holds the support modules (`*.lib.ts`) beside its cells.
 */
export function programsFor(cells: readonly Cell[], isolated: readonly IsolatedFolder[] = []): readonly ProgramOfCells[] {
  const shared = (group: readonly Cell[], modules: readonly string[] = []): ProgramOfCells[] => {
    if (group.length === 0 && modules.length === 0) return [];
    const files = group.map((cell) => cell.file);
    return [{ program: { files: [...files, ...supportModules([...files, ...modules]), ...modules] }, cells: group }];
  };
  const inFolder = (folder: string) => (cell: Cell) => cell.kind === "scenario" && dirname(cell.file) === folder;
  const own = cells.flatMap((cell) => (cell.kind === "finding" && cell.tsconfig !== undefined ? [{ program: { tsconfig: cell.tsconfig }, cells: [cell] }] : []));
  return [
    ...shared(cells.filter((cell) => cell.kind === "scenario" && !isolated.some(({ folder }) => inFolder(folder)(cell)))),
    ...isolated.flatMap(({ folder, modules }) => shared(cells.filter(inFolder(folder)), modules).map((program) => ({ ...program, modules }))),
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
 * compiler that checks them in one process (TS 6's service, when it has more than one to check or
 * is kept warm) go to it one at a time.
 */
async function runCompiler(
  compiler: Compiler<CompilerId>,
  version: string,
  programs: readonly ProgramOfCells[],
  { slots, times, cache }: Running,
  judged: (compiler: CompilerId, cells: number) => void,
): Promise<{ run: CompilerRun; results: Map<Cell, CellResult>; modules: Map<string, Diagnostic[]>; imports: Map<string, Set<string>> }> {
  const started = performance.now();
  const results = new Map<Cell, CellResult>();
  const modules = new Map<string, Diagnostic[]>();
  const imports = new Map<string, Set<string>>();
  const cached = programs.map(({ program }) => cachedProgram(cache, compiler, program));
  const misses = cached.filter(({ hit }) => hit === undefined).length;
  const shared = checksInService(compiler, misses);
  if (shared || misses === 0) endCompilerAhead(compiler.id);
  const lane = shared ? new Slots(1) : undefined;
  const codeCache = compiledCodeFolder(cache);
  await Promise.all(
    programs.map(async ({ program, cells, modules: own }, index) => {
      const priority = -times.estimate(compiler, program);
      const { hit, compute } = cached[index]!;
      const check =
        hit ??
        (await compute((state) => {
          const run = () => slots.run(priority, () => times.time(compiler, program, () => checkProgram(compiler, program, { state, shared, codeCache })));
          return lane === undefined ? run() : lane.run(priority, run);
        }));
      const { charged, uncharged } = chargeToCells(cells, check, own);
      for (const [from, to] of check.imports) imports.set(from, new Set([...(imports.get(from) ?? []), ...to]));
      for (const cell of cells) results.set(cell, judge(cell, compiler.id, charged.get(cell) ?? []));
      for (const file of own ?? []) modules.set(file, []);
      for (const diagnostic of uncharged) modules.set(diagnostic.file, [...(modules.get(diagnostic.file) ?? []), diagnostic]);
      judged(compiler.id, cells.length);
    }),
  );
  times.save();
  return { run: { compiler: compiler.id, version, programs: programs.length, ms: performance.now() - started }, results, modules, imports };
}

/**
 * Which cells each diagnostic counts against: a cell's own diagnostics are its own; one in another
 * file (a support module, a design, the kit) counts against every cell that imports that file,
 * directly or not; one in a file no cell imports counts against the cells beside it, and failing
 * that (or with no file at all) against every cell of the program. In an isolated folder's program
 * (`modules` given), a diagnostic in one of its modules, or one no cell would take, is charged to
 * no cell: it is the folder's (`uncharged`), reported once.
 */
function chargeToCells(cells: readonly Cell[], { diagnostics, imports }: ProgramCheck, modules?: readonly string[]): { charged: Map<Cell, Diagnostic[]>; uncharged: Diagnostic[] } {
  const byFile = new Map(cells.map((cell) => [cell.file, cell]));
  let importers: Map<string, Cell[]> | undefined;
  /** The cells that import each file not a cell, directly or not: walked only for a diagnostic outside the cells. */
  const importersOf = (file: string): Cell[] | undefined => {
    if (importers === undefined) {
      importers = new Map();
      for (const cell of cells) {
        const seen = new Set([cell.file]);
        const queue = [cell.file];
        for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
          for (const imported of imports.get(next) ?? []) {
            if (seen.has(imported) || byFile.has(imported)) continue;
            seen.add(imported);
            queue.push(imported);
            const known = importers.get(imported);
            if (known === undefined) importers.set(imported, [cell]);
            else known.push(cell);
          }
        }
      }
    }
    return importers.get(file);
  };
  /** The cells in the folder of a file no cell imports, else every cell. */
  const besideOrAll = (file: string): readonly Cell[] => {
    const beside = cells.filter((cell) => dirname(cell.file) === dirname(file));
    return beside.length > 0 ? beside : cells;
  };
  const charged = new Map<Cell, Diagnostic[]>();
  const uncharged: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const own = byFile.get(diagnostic.file);
    const owners = own !== undefined ? [own] : (importersOf(diagnostic.file) ?? besideOrAll(diagnostic.file));
    if (modules !== undefined && (modules.includes(diagnostic.file) || owners.length === 0)) uncharged.push(diagnostic);
    else for (const owner of owners) charged.set(owner, [...(charged.get(owner) ?? []), diagnostic]);
  }
  return { charged, uncharged };
}
