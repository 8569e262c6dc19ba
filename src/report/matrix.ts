// Matrix: what every renderer shows, built from one engine evaluation and one run of the Rust
// column. A row per design, a column per scenario; per entry each compiler's outcome (runs,
// compiles, or the pinned error codes), the runtime check, what rustc did with the Rust twin, and
// the verdict: as the cell expects, unexpected, or explored (a cell with no expect line). Findings
// (the TypeScript facts the designs build on) come as a list below. Every entry also has an
// outcome for a reader: whether TypeScript and Rust accept the attempt, refuse it, or disagree
// (`outcomeOf`), or that it is unexpected, so nothing it says can be trusted.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { kitRoot, type Cell, type CellEvaluation, type CellResult, type CompilerId, type Diagnostic, type Evaluation, type Mismatch, type RuntimeResult, type RustClaim } from "../engine/index.ts";
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
  readonly kind: Mismatch["kind"] | "departs-from-attempt" | "run-failed" | "rust-claim" | "rust-twin";
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

export type RustStatus = { readonly status: "ran"; readonly rustc: string } | { readonly status: "not-run"; readonly reason: string };

export interface Matrix {
  readonly compilers: readonly { readonly id: CompilerId; readonly version: string }[];
  readonly rust: RustStatus;
  /** Rows, in the order of the wasmtime designs they mirror; a proposal's row comes last. */
  readonly designs: readonly string[];
  /** Columns, in the kit's scenario order. */
  readonly scenarios: readonly string[];
  /** The design id of the proposal `check` is reviewing. */
  readonly proposal?: string;
  /** By `<design>/<scenario>`. */
  readonly entries: ReadonlyMap<string, Entry>;
  /** `<design>/<scenario>` pairs that have no cell. */
  readonly missing: readonly string[];
  readonly findings: readonly Entry[];
  /** Every entry is as expected or explored. */
  readonly pass: boolean;
}

export interface Layout {
  readonly designs: readonly string[];
  readonly scenarios: readonly string[];
  readonly proposal?: string;
}

export function entryKey(design: string, scenario: string): string {
  return `${design}/${scenario}`;
}

export function buildMatrix(evaluation: Evaluation, rust: RustColumn, layout: Layout): Matrix {
  const entries = new Map<string, Entry>();
  const findings: Entry[] = [];
  for (const evaluated of evaluation.cells) {
    const entry = entryOf(evaluated, rust);
    if (evaluated.cell.kind === "scenario") entries.set(entryKey(evaluated.cell.design, evaluated.cell.scenario), entry);
    else findings.push(entry);
  }
  const missing = layout.designs.flatMap((design) =>
    layout.scenarios.map((scenario) => entryKey(design, scenario)).filter((key) => !entries.has(key)),
  );
  return {
    compilers: evaluation.runs.map((run) => ({ id: run.compiler, version: run.version })),
    rust: rust.status === "ran" ? { status: "ran", rustc: rust.rustc } : { status: "not-run", reason: rust.reason },
    ...layout,
    entries,
    missing,
    findings,
    pass: [...entries.values(), ...findings].every((entry) => entry.verdict !== "unexpected"),
  };
}

function entryOf({ cell, compile, runtime, attempt }: CellEvaluation, rust: RustColumn): Entry {
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
    ...(runtime?.pass === false ? [runProblem(cell, runtime)] : []),
    ...rustProblems(cell, rust, rustOutcome),
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
function twinOf(cell: Cell, rust: RustColumn): Twin | undefined {
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

function rustOutcomeOf(cell: Cell, rust: RustColumn): RustOutcome {
  const claim = cell.header.rust;
  const withClaim = claim === undefined ? {} : { claim };
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
      file: join(kitRoot, twin!.file),
      line: lineOf(join(kitRoot, twin!.file), /^\s*\/\/\s*expect\s*:/),
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
