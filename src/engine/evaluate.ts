// Evaluate: the engine's one entry point. Find the cells (or take them), check them with every
// compiler in parallel (per compiler: one program for all design cells, one for the single-file
// findings, one per finding folder with its own tsconfig), charge each diagnostic to the cells it
// belongs to, judge every cell per compiler, and run the runtime check of each scenario cell that
// compiles on the reference compiler (the cells whose header expects them to compile are started
// while the compilers check them; their results count only for the cells that do compile).

import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { attemptDeparture } from "../scenarios/attempt.ts";
import { findCells, supportModules, type CellSelection } from "./cells.ts";
import { compilers as configured, locateCompiler, type Compiler } from "./compilers.ts";
import { EngineError } from "./errors.ts";
import { judge } from "./judge.ts";
import { Runtime } from "./runtime.ts";
import { kitRoot } from "./package.ts";
import { checkProgram, type Program, type ProgramCheck } from "./tsc.ts";
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
  /** Called as the evaluation goes: when a compiler has judged a program's cells, and when a runtime check ends. */
  readonly onProgress?: (progress: EvaluationProgress) => void;
}

export async function evaluate(options: EvaluateOptions = {}): Promise<Evaluation> {
  const started = performance.now();
  const { cells, malformed } = options.cells !== undefined ? { cells: options.cells, malformed: [] } : findCells(options.root ?? kitRoot, options);
  const compilers = selectCompilers(options.compilers);
  const versions = compilers.map((compiler) => locateCompiler(compiler).version);
  const programs = programsFor(cells);
  const slots = new Slots();
  const progress = { cells: cells.length, judged: {} as Partial<Record<CompilerId, number>>, ran: 0 };
  const report = () => options.onProgress?.({ ...progress, judged: { ...progress.judged } });
  const judged = (compiler: CompilerId, count: number) => {
    progress.judged[compiler] = (progress.judged[compiler] ?? 0) + count;
    report();
  };

  const running = options.runtime === false ? undefined : new Runtime(cells, compilers[0]!.id, () => (progress.ran++, report()));
  let runtime: { readonly results: ReadonlyMap<Cell, RuntimeResult>; readonly ms: number } = { results: new Map(), ms: 0 };
  const checked = await Promise.all(
    compilers.map(async (compiler, index) => {
      const priority = (program: number) => (program === 0 ? index : compilers.length + index * programs.length + program);
      const checkedByOne = await runCompiler(compiler, versions[index]!, programs, priority, slots, judged);
      if (index === 0 && running !== undefined) runtime = await running.results(cells, checkedByOne.results);
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
  return { cells: evaluations, malformed, runs: checked.map((c) => c.run), runtimeMs: runtime.ms, ms: performance.now() - started, pass };
}

function selectCompilers(ids: readonly CompilerId[] | undefined): readonly Compiler<CompilerId>[] {
  if (ids === undefined) return configured;
  const unknown = ids.find((id) => !configured.some((compiler) => compiler.id === id));
  if (unknown !== undefined) throw new EngineError(`unknown compiler "${unknown}" (known: ${configured.map((c) => c.id).join(", ")})`);
  if (ids.length === 0) throw new EngineError("no compiler selected");
  return configured.filter((compiler) => ids.includes(compiler.id));
}

interface ProgramOfCells {
  readonly program: Program;
  readonly cells: readonly Cell[];
}

/**
 * The programs a compiler checks: one for every design cell, one for every single-file finding (so a
 * finding's augmentations never reach a design cell), one per finding folder with its own tsconfig.
 * Each shared program also holds the support modules (`*.lib.ts`) beside its cells.
 */
function programsFor(cells: readonly Cell[]): readonly ProgramOfCells[] {
  const shared = (group: readonly Cell[]): ProgramOfCells[] => {
    if (group.length === 0) return [];
    const files = group.map((cell) => cell.file);
    return [{ program: { files: [...files, ...supportModules(files)] }, cells: group }];
  };
  const own = cells.flatMap((cell) => (cell.kind === "finding" && cell.tsconfig !== undefined ? [{ program: { tsconfig: cell.tsconfig }, cells: [cell] }] : []));
  return [
    ...shared(cells.filter((cell) => cell.kind === "scenario")),
    ...shared(cells.filter((cell) => cell.kind === "finding" && cell.tsconfig === undefined)),
    ...own,
  ];
}

async function runCompiler(
  compiler: Compiler<CompilerId>,
  version: string,
  programs: readonly ProgramOfCells[],
  priority: (program: number) => number,
  slots: Slots,
  judged: (compiler: CompilerId, cells: number) => void,
): Promise<{ run: CompilerRun; results: Map<Cell, CellResult> }> {
  const started = performance.now();
  const results = new Map<Cell, CellResult>();
  await Promise.all(
    programs.map(async ({ program, cells }, index) => {
      const charged = chargeToCells(cells, await slots.run(priority(index), () => checkProgram(compiler, program)));
      for (const cell of cells) results.set(cell, judge(cell, compiler.id, charged.get(cell) ?? []));
      judged(compiler.id, cells.length);
    }),
  );
  return { run: { compiler: compiler.id, version, programs: programs.length, ms: performance.now() - started }, results };
}

/**
 * Compiler processes at once: one per core (at least two, so two compilers always overlap). A task
 * with a lower priority number starts first: every compiler's first program (the design cells) at
 * once, then the reference compiler's other programs (so the runtime checks can start), then the rest.
 */
class Slots {
  #free = Math.max(2, availableParallelism());
  readonly #waiting: { readonly priority: number; readonly start: () => void }[] = [];

  async run<T>(priority: number, task: () => Promise<T>): Promise<T> {
    if (this.#free === 0) {
      await new Promise<void>((start) => {
        const at = this.#waiting.findIndex((waiting) => waiting.priority > priority);
        this.#waiting.splice(at === -1 ? this.#waiting.length : at, 0, { priority, start });
      });
    } else {
      this.#free--;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next === undefined) this.#free++;
      else next.start();
    }
  }
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
