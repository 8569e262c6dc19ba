// Matrix: what every renderer shows, built from one engine evaluation and one run of the Rust
// Matrix: what every renderer shows, built from one engine evaluation and one run of the Rust
// column (and, for `check`, each proposal's own twins). A row per design, a column per scenario;
// per entry each compiler's outcome (runs, compiles, or the pinned error codes), the runtime check,
// what rustc did with the Rust twin, and the verdict: as the cell expects, unexpected, or explored
// (a cell with no expect line: its outcome, a failed run included, is reported, never judged).
// Findings (the TypeScript facts the designs build on) come as a list below. Every entry also has an
// outcome for a reader: whether TypeScript and Rust accept the attempt, refuse it, or disagree
// (`outcomeOf`), or that it is unexpected, so nothing it says can be trusted. What is wrong outside
// any cell's verdict (a malformed cell, a proposal module that does not type-check, ...) is a fault,
// each reported once; a proposal's missing or unfinished cells fail it unless it allows them.

import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import {
  kitRoot,
  type Cell,
  type CellEvaluation,
  type CellFormatError,
  type CellResult,
  type CompilerId,
  type Diagnostic,
  type Evaluation,
  type Mismatch,
  type RuntimeResult,
  type RustClaim,
} from "../engine/index.ts";
import { claimOf, formatClaim } from "../rust/claim.ts";
import type { RustError } from "../rust/rustc.ts";
import { judgedTwinFile, type RustColumn } from "../rust/twins.ts";
import type { Departure } from "../scenarios/attempt.ts";

export type Verdict = "expected" | "unexpected" | "explored";

export interface TypeScriptOutcome {
  readonly compiler: CompilerId;
  /** `runs` (compiles and the guest runs through it), `compiles`, `run fails` (as pinned or not), or the codes: `TS2322 TS2345`. */
  readonly label: string;
  /** The diagnostics are what the cell expects (always true for an explored cell). */
  readonly pass: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export type RustOutcome =
  /** rustc is missing or too old: the reason is the matrix's. */
  | { readonly status: "not-run"; readonly claim?: RustClaim }
  /** No twin under rust/twins/ to check the claim against (a proposal's cells never have one). */
  | { readonly status: "no-twin"; readonly claim?: RustClaim }
  | { readonly status: "checked"; readonly rustc: RustClaim; readonly claim?: RustClaim; readonly pass: boolean };

/** A cell's Rust twin: its file, and what rustc said about it where it ran. */
export interface Twin {
  /** Absolute path. */
  readonly file: string;
  /** rustc's errors (files absolute), in its order; undefined when rustc did not run. */
  readonly errors?: readonly RustError[];
}

export interface Entry {
  readonly cell: Cell;
  /** In the order the compilers ran (the reference compiler first). */
  readonly typescript: readonly TypeScriptOutcome[];
  readonly runtime?: RuntimeResult;
  readonly rust: RustOutcome;
  /** The Rust twin of a kit cell; absent for a proposal's cells and cells with none. */
  readonly twin?: Twin;
  readonly verdict: Verdict;
  /** Each thing that went otherwise than the cell says: per compiler, the run, rustc. */
  readonly problems: readonly Problem[];
}

/** What was expected or what happened: a code where there is one, where, and what was said. */
export interface Observation {
  /** `TS2322` for a TypeScript diagnostic; absent where the outcome is given in words (a run, rustc). */
  readonly code?: string;
  /** Absolute path. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** The diagnostic's message, the expected fragment, or the outcome in words. */
  readonly message: string;
}

/**
 * One thing that went otherwise than a cell says. TypeScript mismatches (kinds as the engine's
 * `Mismatch`, one problem for all the compilers that found the same), a cell that departs from its
 * scenario's attempt (`departs-from-attempt`), a failed guest run (`run-failed`), a Rust claim or
 * twin rustc contradicts (`rust-claim`, `rust-twin`).
 */
export interface Problem {
  readonly kind: Mismatch["kind"] | "departs-from-attempt" | "run-failed" | "rust-claim" | "rust-twin" | FaultKind;
  /** The compilers that found it (empty for the run and rustc). */
  readonly compilers: readonly CompilerId[];
  /** One line, as the text report prints it after the compilers. */
  readonly text: string;
  readonly expected?: Observation;
  readonly actual?: Observation;
  /** Where to point at it: absolute path ("" for the whole program), 1-based line and column (1 for a whole line). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A problem's line as the reports print it: `ts7, ts6: expected TS2322 ...`, `run (link): ...`, `rustc: ...`. */
export function problemLine(problem: Problem): string {
  return problem.compilers.length === 0 ? problem.text : `${problem.compilers.join(", ")}: ${problem.text}`;
}

/**
 * Faults, beside the TypeScript kinds (`unexpected`: an error in a proposal's module): a cell that
 * breaks the format (`malformed`), a proposal's scenario module that does not load or export its
 * scenario (`scenario-module`), a proposal's Rust design twin that does not compile (`rust-design`).
 */
export type FaultKind = "malformed" | "scenario-module" | "rust-design";

/** Something wrong outside any cell's verdict, reported once: the design (row) it belongs to, and the problem. */
export interface Fault {
  readonly design: string;
  /** A malformed cell's scenario (its file's name): that cell is not missing, it is malformed. */
  readonly scenario?: string;
  readonly problem: Problem;
}

/** A cell scaffolded by `accessor-kit init` whose holes are not all filled: it is not evaluated yet. */
export interface Unfinished {
  readonly design: string;
  readonly scenario: string;
  readonly file: string;
  /** The first hole's line. */
  readonly line: number;
  /** The holes left, as written (`«sockets add»`). */
  readonly holes: readonly string[];
}

export type RustStatus = { readonly status: "ran"; readonly rustc: string } | { readonly status: "not-run"; readonly reason: string };

/** A proposal `check` reviews: its row, its folder, the scenarios it brings, and whether its Rust twins were compiled. */
export interface ProposalRow {
  readonly design: string;
  /** Absolute path. */
  readonly folder: string;
  /** Scenarios it brings (its `scenarios/` folder): columns the other designs have not attempted; the intent where its module said. */
  readonly scenarios: readonly { readonly id: string; readonly intent?: string }[];
  /** Its Rust twins (its `rust/` folder) as compiled; absent when it has none, and its `// rust:` claims are unchecked. */
  readonly rust?: RustColumn;
}

/** A proposal as the reports show it: its Rust twins compiled (`ran`), not (`not-run`, why), or none at all. */
export interface Proposal extends Omit<ProposalRow, "rust"> {
  readonly rust: RustStatus | { readonly status: "none" };
}

export interface Matrix {
  readonly compilers: readonly { readonly id: CompilerId; readonly version: string }[];
  /** The Rust column of the kit's designs. */
  readonly rust: RustStatus;
  /** Rows, in the order of the wasmtime designs they mirror; the proposals' rows come last. */
  readonly designs: readonly string[];
  /** Columns, in the kit's scenario order, then the scenarios the proposals bring. */
  readonly scenarios: readonly string[];
  /** The proposals `check` is reviewing, in the order given (none for `matrix`). */
  readonly proposals: readonly Proposal[];
  /** By `<design>/<scenario>`. */
  readonly entries: ReadonlyMap<string, Entry>;
  /** `<design>/<scenario>` pairs that have no cell (a scenario a proposal brings is not missing for the other designs: not attempted). */
  readonly missing: readonly string[];
  /** Cells not filled in yet (not evaluated). */
  readonly unfinished: readonly Unfinished[];
  readonly findings: readonly Entry[];
  /** What is wrong outside the cells' verdicts, each once. */
  readonly faults: readonly Fault[];
  /** A proposal's missing and unfinished cells do not fail it (`--allow-missing`). */
  readonly allowMissing: boolean;
  /**
   * Every entry as expected or explored, no fault, and (unless allowed) no proposal with a missing
   * or unfinished cell. The exit status is 0 exactly when this is true.
   */
  readonly pass: boolean;
}

export interface Layout {
  readonly designs: readonly string[];
  readonly scenarios: readonly string[];
  readonly proposals?: readonly ProposalRow[];
  readonly unfinished?: readonly Unfinished[];
  /** Malformed cells, a proposal's scenario modules that do not load, ...: faults found before the evaluation. */
  readonly faults?: readonly Fault[];
  readonly allowMissing?: boolean;
}

/** What stands where a design has no cell: `- missing`, `… unfinished` (holes to fill), `✗ malformed`, or `not attempted` (another proposal's scenario). */
export function placeholder(matrix: Pick<Matrix, "proposals" | "unfinished" | "faults">, design: string, scenario: string): string {
  if (!attempts(matrix, design, scenario)) return "not attempted";
  if (matrix.faults.some((fault) => fault.design === design && fault.scenario === scenario)) return "✗ malformed";
  return matrix.unfinished.some((cell) => cell.design === design && cell.scenario === scenario) ? "… unfinished" : "- missing";
}

/** Whether `design` is a proposal's (a `check`'s row) rather than one of the kit's. */
export function isProposal(matrix: Pick<Matrix, "proposals">, design: string): boolean {
  return matrix.proposals.some((proposal) => proposal.design === design);
}

/** Whether `design` attempts `scenario`: every design attempts the kit's scenarios, only its proposal the ones a proposal brings. */
export function attempts(matrix: Pick<Matrix, "proposals">, design: string, scenario: string): boolean {
  const owner = matrix.proposals.find((proposal) => proposal.scenarios.some((own) => own.id === scenario));
  return owner === undefined || owner.design === design;
}

export function entryKey(design: string, scenario: string): string {
  return `${design}/${scenario}`;
}

export function buildMatrix(evaluation: Evaluation, rust: RustColumn, layout: Layout): Matrix {
  const proposalRows = layout.proposals ?? [];
  const proposals = proposalRows.map(({ rust: twins, ...row }): Proposal => ({ ...row, rust: twins === undefined ? { status: "none" } : rustStatus(twins) }));
  const rustOf = (cell: Cell): RustColumn | undefined => {
    if (cell.kind !== "scenario") return rust;
    const proposal = proposalRows.find((row) => row.design === cell.design);
    return proposal === undefined ? rust : proposal.rust;
  };
  const entries = new Map<string, Entry>();
  const findings: Entry[] = [];
  for (const evaluated of evaluation.cells) {
    const entry = entryOf(evaluated, rustOf(evaluated.cell));
    if (evaluated.cell.kind === "scenario") entries.set(entryKey(evaluated.cell.design, evaluated.cell.scenario), entry);
    else findings.push(entry);
  }
  const unfinished = layout.unfinished ?? [];
  const faults = [...(layout.faults ?? []), ...evaluation.malformed.map((error) => malformedFault(error)), ...moduleFaults(evaluation, proposals), ...twinFaults(proposalRows)];
  const accounted = (design: string, scenario: string) =>
    unfinished.some((cell) => cell.design === design && cell.scenario === scenario) || faults.some((fault) => fault.design === design && fault.scenario === scenario);
  const missing = layout.designs.flatMap((design) =>
    layout.scenarios
      .filter((scenario) => attempts({ proposals }, design, scenario) && !accounted(design, scenario))
      .map((scenario) => entryKey(design, scenario))
      .filter((key) => !entries.has(key)),
  );
  const allowMissing = layout.allowMissing ?? false;
  const incomplete = missing.some((key) => proposals.some((proposal) => key.startsWith(`${proposal.design}/`))) || unfinished.length > 0;
  return {
    compilers: evaluation.runs.map((run) => ({ id: run.compiler, version: run.version })),
    rust: rustStatus(rust),
    designs: layout.designs,
    scenarios: layout.scenarios,
    proposals,
    entries,
    missing,
    unfinished,
    findings,
    faults,
    allowMissing,
    pass: [...entries.values(), ...findings].every((entry) => entry.verdict !== "unexpected") && faults.length === 0 && (allowMissing || !incomplete),
  };
}

function rustStatus(rust: RustColumn): RustStatus {
  return rust.status === "ran" ? { status: "ran", rustc: rust.rustc } : { status: "not-run", reason: rust.reason };
}

/** A cell that breaks the format, as a fault of its design (by default its folder's name, as in type-tests/<design>/). */
export function malformedFault(error: CellFormatError, design = basename(dirname(error.file))): Fault {
  return { design, scenario: basename(error.file, ".ts"), problem: { kind: "malformed", compilers: [], text: error.problem, file: error.file, line: error.line ?? 1, column: 1 } };
}

/**
 * Each error in a proposal's modules (design.ts, its scenarios' modules), once, naming the compilers
 * that reported it; in the order the proposals were given, whichever compiler's program ended first.
 */
function moduleFaults(evaluation: Evaluation, proposals: readonly Proposal[]): Fault[] {
  const owner = (file: string) => proposals.findIndex((proposal) => file.startsWith(`${proposal.folder}/`));
  const modules = [...evaluation.modules].sort((a, b) => owner(a.file) - owner(b.file) || a.file.localeCompare(b.file));
  return modules.flatMap(({ file, diagnostics }) => {
    const design = proposals[owner(file)]?.design ?? basename(dirname(file));
    const byPlace = new Map<string, { diagnostic: Diagnostic; compilers: CompilerId[] }>();
    for (const [compiler, found] of Object.entries(diagnostics) as [CompilerId, readonly Diagnostic[]][]) {
      for (const diagnostic of found) {
        const place = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:${diagnostic.code}`;
        const known = byPlace.get(place);
        if (known !== undefined) known.compilers.push(compiler);
        else byPlace.set(place, { diagnostic, compilers: [compiler] });
      }
    }
    return [...byPlace.values()].map(({ diagnostic: d, compilers }): Fault => {
      const text = `unexpected TS${d.code}${d.file === "" ? " in the program" : ""}: ${d.message.split("\n", 1)[0]}`;
      const actual = { code: `TS${d.code}`, file: d.file, line: d.line, column: d.column, message: d.message };
      return { design, problem: { kind: "unexpected", compilers, text, actual, file: d.file, line: d.line, column: d.column } };
    });
  });
}

/** A proposal's Rust design twin that does not compile (its scenario twins' problems are their cells'). */
function twinFaults(proposals: readonly ProposalRow[]): Fault[] {
  return proposals.flatMap(({ design, rust }) => {
    if (rust === undefined || rust.status !== "ran") return [];
    return [...rust.designs.values()].flatMap((compiled) =>
      compiled.problems.map((text): Fault => {
        const file = join(rust.root, compiled.file);
        return { design, problem: { kind: "rust-design", compilers: [], text: `rustc, ${compiled.file}: ${text}`, file, line: 1, column: 1 } };
      }),
    );
  });
}

function entryOf({ cell, compile, runtime, attempt }: CellEvaluation, rust: RustColumn | undefined): Entry {
  const results = Object.values(compile);
  const typescript = results.map(({ compiler, outcome, diagnostics, pass }) => ({
    compiler,
    label: compileLabel(outcome, diagnostics, runtime),
    pass,
    diagnostics,
  }));
  const rustOutcome = rustOutcomeOf(cell, rust);
  const problems = [
    ...typescriptProblems(results),
    ...(attempt === undefined ? [] : [attemptProblem(cell, attempt)]),
    ...(runtime?.pass === false && !cell.header.explored ? [runProblem(cell, runtime)] : []),
    ...(rust === undefined ? [] : rustProblems(cell, rust, rustOutcome)),
  ];
  const verdict = problems.length > 0 ? "unexpected" : cell.header.explored ? "explored" : "expected";
  const twin = twinOf(cell, rust);
  return { cell, typescript, ...(runtime === undefined ? {} : { runtime }), rust: rustOutcome, ...(twin && { twin }), verdict, problems };
}

/** Each compiler's mismatches, the same one (the same line) found by several compilers as one problem. */
function typescriptProblems(results: readonly CellResult[]): Problem[] {
  const byText = new Map<string, { problem: Problem; compilers: CompilerId[] }>();
  for (const result of results) {
    result.mismatches.forEach((mismatch, index) => {
      const text = result.problems[index]!;
      const known = byText.get(text);
      if (known !== undefined) known.compilers.push(result.compiler);
      else byText.set(text, { problem: mismatchProblem(mismatch, text), compilers: [result.compiler] });
    });
  }
  return [...byText.values()].map(({ problem, compilers }) => ({ ...problem, compilers }));
}

function mismatchProblem(mismatch: Mismatch, text: string): Problem {
  const expected = "expected" in mismatch ? { code: `TS${mismatch.expected.code}`, file: mismatch.expected.file, line: mismatch.expected.line, message: mismatch.expected.fragment } : undefined;
  const actual = "actual" in mismatch ? { code: `TS${mismatch.actual.code}`, file: mismatch.actual.file, line: mismatch.actual.line, column: mismatch.actual.column, message: mismatch.actual.message } : undefined;
  // Point at what the compiler reported where it reported something, else at the line the header pins.
  const at = actual ?? { ...expected!, column: 1 };
  return { kind: mismatch.kind, compilers: [], text, ...(expected && { expected }), ...(actual && { actual }), file: at.file, line: at.line, column: at.column };
}

function attemptProblem(cell: Cell, departure: Departure): Problem {
  return {
    kind: "departs-from-attempt",
    compilers: [],
    text: `attempt: ${departure.text}`,
    expected: { message: departure.expected },
    actual: { message: departure.found },
    file: cell.file,
    line: departure.line,
    column: 1,
  };
}

function runProblem(cell: Cell, runtime: Extract<RuntimeResult, { pass: false }>): Problem {
  const line = lineOf(cell.file, /^export (async )?function link\b/);
  const pinned = runtime.pinned === undefined ? "" : `expected the run to fail with "${runtime.pinned}", `;
  return {
    kind: "run-failed",
    compilers: [],
    text: `run (${runtime.stage}): ${pinned}${runtime.error}`,
    expected: { message: runtime.pinned === undefined ? "the guest runs through the cell's link()" : `the run fails with "${runtime.pinned}"` },
    actual: { message: `${runtime.stage}: ${runtime.error}` },
    file: cell.file,
    line,
    column: 1,
  };
}

/** The 1-based line of the first line of `file` matching `pattern`, or 1. */
function lineOf(file: string, pattern: RegExp): number {
  try {
    return readFileSync(file, "utf8").split(/\r?\n/).findIndex((line) => pattern.test(line)) + 1 || 1;
  } catch {
    return 1;
  }
}

function compileLabel(outcome: "compiles" | "errors", diagnostics: readonly { readonly code: number }[], runtime: RuntimeResult | undefined): string {
  if (outcome === "errors") return [...new Set(diagnostics.map((d) => d.code))].sort((a, b) => a - b).map((code) => `TS${code}`).join(" ");
  if (runtime === undefined) return "compiles";
  return runtime.pass && runtime.failure === undefined ? "runs" : "run fails";
}

/** The twin key of a cell: `<design>/<scenario>` or `findings/<name>`, as rust/twins/ is laid out. */
function twinKey(cell: Cell): `${string}/${string}` {
  return cell.kind === "scenario" ? `${cell.design}/${cell.scenario}` : `findings/${cell.finding}`;
}

/**
 * The twin of a cell that lies where the kit keeps it (`.../type-tests/<design>/<scenario>.ts`): the
 * one the Rust column compiled, or the file under rust/twins/ when rustc did not run.
 */
function twinOf(cell: Cell, rust: RustColumn | undefined): Twin | undefined {
  if (rust === undefined) return undefined;
  const key = twinKey(cell);
  if (!cell.file.endsWith(`${sep}type-tests${sep}${key.split("/").join(sep)}.ts`)) return undefined;
  if (rust.status === "not-run") {
    const file = judgedTwinFile(key);
    return file === undefined ? undefined : { file };
  }
  const twin = rust.twins.get(key);
  if (twin === undefined) return undefined;
  const file = join(kitRoot, twin.file);
  // rustc names a file as it was given it, or by a path relative to the twin (`#[path]` modules).
  const errors = twin.errors.map((error) => (error.file === undefined ? error : { ...error, file: resolve(kitRoot, error.file) }));
  return { file, errors };
}

/** What rustc did with the cell's twin; `rust` undefined: a proposal without twins, whose claims nothing checks. */
function rustOutcomeOf(cell: Cell, rust: RustColumn | undefined): RustOutcome {
  const claim = cell.header.rust;
  const withClaim = claim === undefined ? {} : { claim };
  if (rust === undefined) return { status: "no-twin", ...withClaim };
  if (rust.status === "not-run") return { status: "not-run", ...withClaim };
  const key = twinKey(cell);
  const checkedClaim = rust.claims.get(key);
  const twin = rust.twins.get(key);
  // A claim the column checked is this cell's only when it read it from this very file (a proposal's
  // cell may share a kit cell's key); a claim the column did not read has no twin.
  const ownClaim = checkedClaim !== undefined && cell.file.endsWith(checkedClaim.cell) ? checkedClaim : undefined;
  const rustc = ownClaim !== undefined ? ownClaim.rustc : claim === undefined ? twin?.outcome : undefined;
  if (rustc === undefined) return { status: "no-twin", ...withClaim };
  return { status: "checked", rustc, ...withClaim, pass: ownClaim?.matches ?? twin?.matches ?? false };
}

function rustProblems(cell: Cell, rust: RustColumn, outcome: RustOutcome): Problem[] {
  if (rust.status === "not-run" || outcome.status !== "checked" || outcome.pass) return [];
  const key = twinKey(cell);
  const twin = rust.twins.get(key);
  const claim = rust.claims.get(key);
  const claimProblems: Problem[] =
    claim?.problem === undefined
      ? []
      : [
          {
            kind: "rust-claim",
            compilers: [],
            text: `rustc: ${claim.problem}`,
            expected: { message: formatClaim(claim.claim) },
            actual: { message: claim.rustc === undefined ? "no twin" : formatClaim(claim.rustc) },
            file: cell.file,
            line: lineOf(cell.file, /^\s*\/\/\s*rust\s*:/),
            column: 1,
          },
        ];
  const twinProblems = (twin?.problems ?? []).map(
    (problem): Problem => ({
      kind: "rust-twin",
      compilers: [],
      text: `rustc, ${twin!.file}: ${problem}`,
      expected: { message: twin!.header === undefined ? "an expect: header" : formatClaim(twin!.header) },
      actual: { message: formatClaim(twin!.outcome) },
      file: join(rust.root, twin!.file),
      line: lineOf(join(rust.root, twin!.file), /^\s*\/\/\s*expect\s*:/),
      column: 1,
    }),
  );
  return [...claimProblems, ...twinProblems];
}

/** A claim or outcome as the matrix shows it: `compiles`, or the sorted codes (`E0038 E0191`). */
export function rustCodes(claim: RustClaim): string {
  return claim.kind === "compiles" ? "compiles" : formatClaim(claimOf(claim.codes)).replace(/^error /, "");
}

/** What an entry's Rust part says: rustc's outcome, else the cell's claim marked unchecked (`E0308?`), else `-`. */
export function rustLabel(rust: RustOutcome): string {
  if (rust.status === "checked") return rustCodes(rust.rustc);
  return rust.claim === undefined ? "-" : `${rustCodes(rust.claim)}?`;
}

/** Whether each language accepts an entry's attempt. */
export interface Acceptance {
  /** By the reference compiler: no error at all. */
  readonly typescript: boolean;
  /** By rustc where it checked the twin, else by the cell's claim; undefined when there is neither. */
  readonly rust?: boolean;
}

export function acceptance(entry: Entry): Acceptance {
  // a cell accepts the attempt when it compiles and the guest runs through it (a pinned run failure refuses it)
  const runFails = entry.runtime !== undefined && !(entry.runtime.pass && entry.runtime.failure === undefined);
  const typescript = entry.typescript[0]?.diagnostics.length === 0 && !runFails;
  const rust = entry.rust.status === "checked" ? entry.rust.rustc : entry.rust.claim;
  return rust === undefined ? { typescript } : { typescript, rust: rust.kind === "compiles" };
}

/**
 * What an entry says to a reader: both languages accept the attempt, both refuse it, they disagree,
 * or it is unexpected (its verdict), so what it says cannot be trusted. With no Rust side, TypeScript
 * alone decides.
 */
export type Outcome = "accepts" | "refuses" | "disagree" | "unexpected";

export const OUTCOMES: readonly Outcome[] = ["accepts", "refuses", "disagree", "unexpected"];

export function outcomeOf(entry: Entry): Outcome {
  if (entry.verdict === "unexpected") return "unexpected";
  const { typescript, rust = typescript } = acceptance(entry);
  if (typescript !== rust) return "disagree";
  return typescript ? "accepts" : "refuses";
}
