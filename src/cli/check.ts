// Check: `accessor-kit check <folder>...`, proposals beside the kit's designs. Each proposal is read
// (never imported), type-checked in a program of its own and run in a child process of its own (the
// engine's isolation); the kit's rows are computed beside them, without the kit's Rust twins and the costs
// unless asked (--rust, --costs). Its own scenarios are extra columns, its Rust twins are compiled.
// `--accept` pins what the compilers said in the proposals' cells and checks them again, reusing
// the kit's rows; `--against` shows only the scenarios where a proposal differs from one design.

import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import {
  acceptObserved,
  cacheFolder,
  loadIsolatedModuleCached,
  displayPath,
  newRound,
  resultCache,
  type KeptModuleLoad,
  type CompilerId,
  type Diagnostic,
  type Evaluation,
  type FoundCells,
  type RunLimits,
} from "../engine/index.ts";
import { scenariosDiffering } from "../report/compare.ts";
import { evaluateWithRust, kitCells, kitDesigns, scenarioIds, type KitRun } from "../report/kit.ts";
import { buildMatrix, malformedFault, type Fault, type Layout, type Matrix, type ProposalRow } from "../report/matrix.ts";
import type { Report } from "../report/report.ts";
import { proposalRustColumn } from "../rust/proposal.ts";
import type { RustColumn } from "../rust/twins.ts";
import { checkKnown, UsageError, type CheckOptions, type Options } from "./args.ts";
import type { ProgressDisplay } from "./progress.ts";
import { DESIGN_MODULE, hasTwins, readProposal, SCENARIO_MODULE, type Proposal } from "./proposal.ts";

/** What the command line gives `check`: progress, reports (costs as chosen, else as the format wants), printing. */
export interface CheckHooks {
  readonly progress: (cells: number) => ProgressDisplay;
  readonly report: (command: string, run: KitRun, matrix: Matrix, costs: { readonly measure: boolean; readonly reason: string } | undefined, progress: ProgressDisplay) => Promise<Report>;
  /** Prints a report; the exit status it stands for. */
  readonly show: (report: Report) => number;
}

export async function check(folders: readonly string[], options: Options, flags: CheckOptions, hooks: CheckHooks): Promise<number> {
  const session = new CheckSession(folders, options, flags, hooks);
  let report = await session.run();
  if (flags.accept) {
    const written = session.accept(report.matrix);
    if (!options.quiet) process.stderr.write(`accessor-kit: accepted what was observed in ${written.length} cell header(s)${written.length === 0 ? "" : `: ${written.map(displayPath).join(", ")}`}\n`);
    if (written.length > 0) report = await session.run();
  }
  return hooks.show(report);
}

class CheckSession {
  readonly #kitDesigns = kitDesigns();
  readonly #limits: RunLimits;
  readonly #title: string;
  /** The kit's part of the first run, reused by the run after --accept. */
  #kit: { readonly found: FoundCells; readonly run: KitRun } | undefined;
  /** The last run's proposals and evaluation (for --accept). */
  #last: { readonly proposals: readonly Proposal[]; readonly run: KitRun; readonly rust: ReadonlyMap<string, RustColumn | undefined> } | undefined;

  constructor(
    private readonly folders: readonly string[],
    private readonly options: Options,
    private readonly flags: CheckOptions,
    private readonly hooks: CheckHooks,
  ) {
    this.#limits = { timeoutMs: flags.timeoutMs, memoryMb: flags.memoryMb };
    this.#title = `check ${folders.join(" ")}`;
  }

  /** Reads the proposals afresh and checks them; the first run computes the kit's rows too. */
  async run(): Promise<Report> {
    // Every run (a --watch re-run too) looks at the files afresh before it looks anything up.
    newRound();
    const proposals = this.#readProposals();
    const own = proposals.flatMap((proposal) => [...proposal.scenarios.keys()]);
    if (this.options.scenarios !== undefined) checkKnown("scenario", this.options.scenarios, [...scenarioIds(), ...own]);
    const against = this.flags.against;
    if (against !== undefined && !this.#kitDesigns.includes(against) && !proposals.some((proposal) => proposal.design === against)) {
      throw new UsageError(`--against ${against}: not a kit design or a proposal of this run (kit designs: ${this.#kitDesigns.join(", ")})`);
    }
    const kitShown = this.options.designs ?? (against === undefined ? this.#kitDesigns : this.#kitDesigns.filter((design) => design === against));
    const kit = this.#kit?.found ?? kitCells({ designs: kitShown, ...(this.options.scenarios === undefined ? {} : { scenarios: this.options.scenarios.filter((id) => !own.includes(id)) }) });
    const cells = [...(this.#kit === undefined ? kit.cells : []), ...proposals.flatMap((proposal) => proposal.cells)];

    const progress = this.hooks.progress(cells.length);
    try {
      // The evaluation starts first: its compilers are the check's longest path.
      const evaluating = evaluateWithRust(cells, this.options.compilers, {
        isolate: proposals.map(({ folder, modules }) => ({ folder, modules })),
        limits: this.#limits,
        onProgress: progress.evaluation,
        onRustDone: progress.rustDone,
        ...(this.#kit === undefined && this.flags.kitRust ? {} : { skipRust: "check compiles the proposals' Rust twins, not the kit's (--rust compiles them too)" }),
      });
      const described = Promise.all(proposals.map((proposal) => this.#loadModules(proposal)));
      const twins = Promise.all(proposals.map((proposal) => (hasTwins(proposal) ? proposalRustColumn(proposal) : Promise.resolve(undefined))));
      // Awaited once the evaluation is done; a failure then is theirs to report, not an unhandled rejection now.
      for (const pending of [described, twins]) pending.catch(() => undefined);
      const fresh = await evaluating;
      const run = this.#withKit(fresh, proposals, kit);
      const rust = new Map((await twins).map((column, index) => [proposals[index]!.design, column]));
      const descriptions = await described;
      const imports = fresh.evaluation.imports;
      if (imports !== undefined) for (const description of descriptions) description.keep(imports);
      const rows = proposals.map(
        (proposal, index): ProposalRow => ({
          design: proposal.design,
          folder: proposal.folder,
          scenarios: [...proposal.scenarios.keys()].map((id) => ({ id, ...descriptions[index]!.intents.get(id) })),
          ...(rust.get(proposal.design) === undefined ? {} : { rust: rust.get(proposal.design)! }),
        }),
      );
      this.#last = { proposals, run, rust };
      const layout: Layout = {
        designs: [...kitShown, ...proposals.map((proposal) => proposal.design)],
        scenarios: this.options.scenarios ?? [...scenarioIds(), ...own],
        proposals: rows,
        unfinished: proposals.flatMap((proposal) => proposal.unfinished),
        faults: [
          ...proposals.flatMap((proposal) => [...proposal.malformed.map((error) => malformedFault(error, proposal.design)), ...proposal.faults]),
          ...descriptions.flatMap((description) => description.faults),
        ],
        allowMissing: this.flags.allowMissing,
      };
      const evaluation: Evaluation = { ...run.evaluation, malformed: kit.malformed };
      let matrix = buildMatrix(evaluation, run.rust, layout);
      if (against !== undefined) matrix = buildMatrix(evaluation, run.rust, { ...layout, scenarios: scenariosDiffering(matrix, rows.map((row) => row.design).filter((design) => design !== against), against) });
      const costs = this.flags.costs ? undefined : { measure: false, reason: "check measures them only when asked (--costs)" };
      return await this.hooks.report(this.#title, run, matrix, costs, progress);
    } finally {
      progress.stop();
    }
  }

  /**
   * Writes what the last run observed into the headers of the proposals' cells that are explored or
   * not as their header says: each compiler's diagnostics, and rustc's outcome where the cell has a
   * twin. Returns the files written.
   */
  accept(matrix: Matrix): string[] {
    const last = this.#last;
    if (last === undefined) return [];
    const compilers = last.run.evaluation.runs.map((run) => run.compiler);
    return last.proposals.flatMap((proposal) =>
      proposal.cells.flatMap((cell) => {
        const evaluated = last.run.evaluation.cells.find((candidate) => candidate.cell === cell);
        const entry = matrix.entries.get(`${cell.design}/${cell.scenario}`);
        const rust = last.rust.get(proposal.design);
        const twin = rust?.status === "ran" ? rust.twins.get(`${cell.design}/${cell.scenario}`) : undefined;
        const judged = entry !== undefined && !entry.problems.some((problem) => problem.compilers.length > 0 || problem.kind.startsWith("rust-"));
        if (evaluated === undefined || (judged && !cell.header.explored)) return [];
        const diagnostics = new Map<CompilerId, readonly Diagnostic[]>(compilers.map((compiler) => [compiler, evaluated.compile[compiler]?.diagnostics ?? []]));
        const text = readFileSync(cell.file, "utf8");
        const accepted = acceptObserved(text, cell.file, { diagnostics, ...(twin === undefined ? {} : { rust: twin.outcome }) });
        if (accepted === text) return [];
        writeFileSync(cell.file, accepted);
        return [cell.file];
      }),
    );
  }

  #readProposals(): Proposal[] {
    const proposals = this.folders.map((folder) => readProposal(folder, this.#kitDesigns, this.options.scenarios));
    const rows = proposals.map((proposal) => proposal.design);
    const twice = rows.find((row, index) => rows.indexOf(row) !== index);
    if (twice !== undefined) throw new UsageError(`two proposals are both named ${twice}: a proposal's row is its folder's name, so rename one`);
    const own = proposals.flatMap((proposal) => [...proposal.scenarios.keys()]);
    const shared = own.find((id, index) => own.indexOf(id) !== index);
    if (shared !== undefined) throw new UsageError(`two proposals bring a scenario named ${shared}: rename one`);
    // A proposal's runs may write in its folder: never where the kit keeps its results.
    const cache = resolvedPath(cacheFolder());
    const holding = proposals.find((proposal) => cache === proposal.folder || cache.startsWith(`${proposal.folder}${sep}`));
    if (holding !== undefined) throw new UsageError(`the cache folder ${displayPath(cache)} is inside the proposal ${displayPath(holding.folder)}, whose runs may write there: set another with --cache-dir`);
    return proposals;
  }

  /** The first run as it is (its kit part kept); a later one (proposals only) with the kit's cells and Rust column of the first. */
  #withKit(fresh: KitRun, proposals: readonly Proposal[], found: FoundCells): KitRun {
    const rows = proposals.map((proposal) => proposal.design);
    if (this.#kit === undefined) {
      const cells = fresh.evaluation.cells.filter(({ cell }) => cell.kind !== "scenario" || !rows.includes(cell.design));
      this.#kit = { found, run: { evaluation: { ...fresh.evaluation, cells, modules: [] }, rust: fresh.rust } };
      return fresh;
    }
    const kit = this.#kit.run;
    return { evaluation: { ...fresh.evaluation, cells: [...kit.evaluation.cells, ...fresh.evaluation.cells], pass: kit.evaluation.pass && fresh.evaluation.pass }, rust: kit.rust };
  }

  /**
   * The proposal's modules, each loaded in the proposal's child process (or its load taken from the result
   * cache): its design.ts must load (else the proposal is unusable: a UsageError), and each scenario
   * it brings says what it is (or a fault says why it cannot). `keep` stores the fresh loads once
   * the evaluation has said what each module imports.
   */
  async #loadModules(proposal: Proposal): Promise<{ intents: Map<string, { intent: string }>; faults: Fault[]; keep: KeptModuleLoad["keep"] }> {
    const cache = resultCache();
    const design = join(proposal.folder, DESIGN_MODULE);
    const intents = new Map<string, { intent: string }>();
    const faults: Fault[] = [];
    const [designLoad, ...described] = await Promise.all([
      loadIsolatedModuleCached(cache, design, proposal.folder, this.#limits),
      ...[...proposal.scenarios].map(async ([id, folder]) => {
        const module = join(folder, SCENARIO_MODULE);
        const kept = await loadIsolatedModuleCached(cache, module, proposal.folder, this.#limits, id);
        const { load } = kept;
        if (load.pass && load.scenario !== undefined) intents.set(id, { intent: load.scenario.intent });
        else if (!load.pass) faults.push({ design: proposal.design, problem: { kind: "scenario-module", compilers: [], text: `${displayPath(module)} does not give its scenario: ${load.error}`, file: module, line: 1, column: 1 } });
        return kept;
      }),
    ]);
    if (!designLoad!.load.pass) throw new UsageError(`${displayPath(design)} does not load: ${designLoad!.load.error}`);
    return { intents, faults, keep: (imports) => [designLoad!, ...described].forEach((kept) => kept.keep(imports)) };
  }
}

/** A path with its symlinks resolved where it exists (a proposal's folder is so resolved). */
function resolvedPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
