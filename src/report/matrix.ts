// Matrix: what every renderer shows, built from one engine evaluation and one run of the Rust
// column. A row per design, a column per scenario; per entry each compiler's outcome (runs,
// compiles, or the pinned error codes), the runtime check, what rustc did with the Rust twin, and
// the verdict: as the cell expects, unexpected, or explored (a cell with no expect line). Findings
// (the TypeScript facts the designs build on) come as a list below.

import type { Cell, CellEvaluation, CompilerId, Diagnostic, Evaluation, RuntimeResult, RustClaim } from "../engine/index.ts";
import { claimOf, formatClaim } from "../rust/claim.ts";
import type { RustColumn } from "../rust/twins.ts";

export type Verdict = "expected" | "unexpected" | "explored";

export interface TypeScriptOutcome {
  readonly compiler: CompilerId;
  /** `runs` (compiles and the guest runs through it), `compiles`, `run fails`, or the codes: `TS2322 TS2345`. */
  readonly label: string;
  /** The diagnostics are what the cell expects (always true for an explored cell). */
  readonly pass: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** The engine's account of each mismatch, one line each. */
  readonly problems: readonly string[];
}

export type RustOutcome =
  /** rustc is missing or too old: the reason is the matrix's. */
  | { readonly status: "not-run"; readonly claim?: RustClaim }
  /** No twin under rust/twins/ to check the claim against (a proposal's cells never have one). */
  | { readonly status: "no-twin"; readonly claim?: RustClaim }
  | { readonly status: "checked"; readonly rustc: RustClaim; readonly claim?: RustClaim; readonly pass: boolean };

export interface Entry {
  readonly cell: Cell;
  /** In the order the compilers ran (the reference compiler first). */
  readonly typescript: readonly TypeScriptOutcome[];
  readonly runtime?: RuntimeResult;
  readonly rust: RustOutcome;
  readonly verdict: Verdict;
  /** One line per thing that went otherwise than the cell says: per compiler, the run, rustc. */
  readonly problems: readonly string[];
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
  const typescript = results.map(({ compiler, outcome, diagnostics, pass, problems }) => ({
    compiler,
    label: compileLabel(outcome, diagnostics, runtime),
    pass,
    diagnostics,
    problems,
  }));
  const rustOutcome = rustOutcomeOf(cell, rust);
  const problems = [
    ...(attempt === undefined ? [] : [`attempt: ${attempt}`]),
    ...results.flatMap((result) => result.problems.map((problem) => `${result.compiler}: ${problem}`)),
    ...(runtime?.pass === false ? [`run (${runtime.stage}): ${runtime.error}`] : []),
    ...rustProblems(cell, rust, rustOutcome),
  ];
  const verdict = problems.length > 0 ? "unexpected" : cell.header.explored ? "explored" : "expected";
  return { cell, typescript, ...(runtime === undefined ? {} : { runtime }), rust: rustOutcome, verdict, problems };
}

function compileLabel(outcome: "compiles" | "errors", diagnostics: readonly { readonly code: number }[], runtime: RuntimeResult | undefined): string {
  if (outcome === "errors") return [...new Set(diagnostics.map((d) => d.code))].sort((a, b) => a - b).map((code) => `TS${code}`).join(" ");
  if (runtime === undefined) return "compiles";
  return runtime.pass ? "runs" : "run fails";
}

/** The twin key of a cell: `<design>/<scenario>` or `findings/<name>`, as rust/twins/ is laid out. */
function twinKey(cell: Cell): `${string}/${string}` {
  return cell.kind === "scenario" ? `${cell.design}/${cell.scenario}` : `findings/${cell.finding}`;
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

function rustProblems(cell: Cell, rust: RustColumn, outcome: RustOutcome): string[] {
  if (rust.status === "not-run" || outcome.status !== "checked" || outcome.pass) return [];
  const key = twinKey(cell);
  const twin = rust.twins.get(key);
  const claim = rust.claims.get(key)?.problem;
  return [...(claim === undefined ? [] : [`rustc: ${claim}`]), ...(twin?.problems ?? []).map((problem) => `rustc, ${twin!.file}: ${problem}`)];
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
