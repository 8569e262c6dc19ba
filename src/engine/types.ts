// The engine's data: a cell (one design x scenario attempt, or a finding), what its header expects,
// how each compiler run judged it, and what its runtime check did. The CLI and the docs consume
// these; nothing here runs anything.

import type { CompilerId } from "./compilers.ts";
import type { Departure } from "../scenarios/attempt.ts";
import type { RunLimits } from "./confinement.ts";
import type { CellFormatError } from "./errors.ts";

export type { CompilerId };

export type Expectation =
  | { readonly kind: "compiles" }
  | {
      readonly kind: "error";
      readonly code: number;
      /** Absolute path: the cell itself, or the file named by `at <file>:<line>`. */
      readonly file: string;
      /** 1-based line of `file`. */
      readonly line: number;
      readonly fragment: string;
    };

/** What a cell claims Rust does with the same attempt (checked against its twin under rust/). */
export type RustClaim =
  | { readonly kind: "compiles" }
  /** rustc error codes (`E0308`), and `nocode` for an error rustc prints without one. */
  | { readonly kind: "error"; readonly codes: readonly string[] };

/** What a cell's `// run: fails "<fragment>"` line pins: its guest run fails, with the fragment in the error. */
export interface RunExpectation {
  readonly kind: "fails";
  readonly fragment: string;
}

export interface CellHeader {
  /** `expect:` lines, used for every compiler that has no `expect[<id>]:` lines of its own. */
  readonly expect: readonly Expectation[];
  /** `expect[ts6]:` / `expect[ts7]:` lines; compilers without such lines are absent keys. */
  readonly expectFor: Readonly<Partial<Record<CompilerId, readonly Expectation[]>>>;
  /** No expect line at all: the cell is explored (its outcome reported), not judged. */
  readonly explored: boolean;
  readonly rust?: RustClaim;
  /** `run: fails "<fragment>"`: the guest run must fail, saying the fragment; absent: it must pass. */
  readonly run?: RunExpectation;
}

interface CellCommon {
  /** Stable display name: `<design>/<scenario>` or `findings/<name>`. */
  readonly id: string;
  /** Absolute path of the file whose header this is. */
  readonly file: string;
  readonly header: CellHeader;
}

/** `type-tests/<design>/<scenario>.ts` (or `<proposal>/<scenario>.ts`): one matrix entry. */
export interface ScenarioCell extends CellCommon {
  readonly kind: "scenario";
  readonly design: string;
  readonly scenario: string;
  /** Absent for the kit's scenarios; for one a proposal brings, its folder (its module `index.ts` and its attempts). */
  readonly scenarioFolder?: string;
}

/** `type-tests/findings/<name>.ts`, or `<name>/main.ts` beside a `tsconfig.json` of its own. */
export interface FindingCell extends CellCommon {
  readonly kind: "finding";
  readonly finding: string;
  /** Absolute path of the folder's tsconfig.json (a folder finding, checked in a program of its own). */
  readonly tsconfig?: string;
}

export type Cell = ScenarioCell | FindingCell;

export interface Diagnostic {
  /** Absolute path; empty for a diagnostic about the whole program (e.g. a bad compiler option). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: number;
  /** The whole message chain, one line per link. */
  readonly message: string;
}

/** An expected error (`expect: error TS<code> at <line> "<fragment>"`). */
export type ExpectedError = Extract<Expectation, { kind: "error" }>;

/**
 * One way a compiler's diagnostics differ from what a cell expects: an expected error not reported
 * (`missing`), reported at another line (`moved`), without the fragment (`wrong-message`), with
 * another code on its line (`wrong-code`), or an error nothing expects (`unexpected`).
 */
export type Mismatch =
  | { readonly kind: "missing"; readonly expected: ExpectedError }
  | { readonly kind: "moved" | "wrong-message" | "wrong-code"; readonly expected: ExpectedError; readonly actual: Diagnostic }
  | { readonly kind: "unexpected"; readonly actual: Diagnostic };

export interface CellResult {
  readonly cell: Cell;
  readonly compiler: CompilerId;
  /** Every diagnostic counted against the cell: its own, its support files', its design's. */
  readonly diagnostics: readonly Diagnostic[];
  readonly outcome: "compiles" | "errors";
  /** True when the diagnostics match the expectations exactly (always true for explored cells). */
  readonly pass: boolean;
  /** One line per mismatch: wrong code, wrong line, fragment absent, missing or extra error. */
  readonly problems: readonly string[];
  /** The same mismatches as data, in the same order. */
  readonly mismatches: readonly Mismatch[];
}

/** Where a run is: importing the cell (and its design), calling its `link()`, or the scenario's check. */
export type RunStage = "import" | "link" | "check";

/** How a guest run failed: at which stage, and what went wrong in one line. */
export interface RunFailure {
  readonly stage: RunStage;
  /** One line: the error's name and message, or what the process did instead (exited, ran out of time or memory). */
  readonly error: string;
}

/** A run that failed, as it ended, before it is judged against the cell's `run:` line. */
export interface RuntimeFailure extends RunFailure {
  readonly pass: false;
}

/** A run as it ended, before it is judged: it passed, or it failed. */
export type RunEnd = { readonly pass: true } | RuntimeFailure;

/** What a run in a child process (a proposal's cell) printed; the kit's own cells run in the kit's process and print nothing. */
export interface RunOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A compiling scenario cell's `link()` driven through its scenario's check with the real guest,
 * judged against the cell's `run:` line: it passes when the run passes and no failure is pinned, or
 * fails as pinned (`failure` then says how). Otherwise `pinned` is the pinned fragment, if any, and
 * stage and error say what happened (a run that passed against a pinned failure: stage "check").
 */
export type RuntimeResult = ({ readonly pass: true; readonly failure?: RunFailure } | (RuntimeFailure & { readonly pinned?: string })) & {
  readonly output?: RunOutput;
};

export interface CellEvaluation {
  readonly cell: Cell;
  /** One result per compiler that ran. */
  readonly compile: Readonly<Partial<Record<CompilerId, CellResult>>>;
  /** Absent when not run: a finding, or a cell that does not compile on the reference compiler. */
  readonly runtime?: RuntimeResult;
  /** Where a scenario cell departs from its scenario's attempt (src/scenarios/<id>/attempt.ts.tmpl); absent when it follows it. */
  readonly attempt?: Departure;
}

export interface CompilerRun {
  readonly compiler: CompilerId;
  /** The version of the compiler's package, verified against the configuration. */
  readonly version: string;
  /** Programs checked: one for all cells, plus one per finding folder with its own tsconfig. */
  readonly programs: number;
  /** Wall time of this compiler's runs, from the first program's start to the last one's end. */
  readonly ms: number;
}

/**
 * A module of an isolated folder (a proposal's design.ts, its own scenarios' modules) type-checked
 * once: what each compiler reported in it (and, by file, anything else in the folder's program that
 * no cell imports), charged to no cell.
 */
export interface ModuleCheck {
  readonly file: string;
  readonly diagnostics: Readonly<Partial<Record<CompilerId, readonly Diagnostic[]>>>;
}

export interface Evaluation {
  /** In discovery order (or the order of `cells`). */
  readonly cells: readonly CellEvaluation[];
  /** Files that break the cell format; they were not evaluated, and they fail the evaluation. */
  readonly malformed: readonly CellFormatError[];
  /** The isolated folders' modules; any diagnostic in one fails the evaluation. */
  readonly modules: readonly ModuleCheck[];
  readonly runs: readonly CompilerRun[];
  /**
   * Wall time of the runtime checks, from the first one's start (while the reference compiler still
   * runs: the cells expected to compile start with it) to the last one's end.
   */
  readonly runtimeMs: number;
  /** Wall time of the whole evaluation. */
  readonly ms: number;
  /**
   * The reference compiler's account of which file imports which (absolute paths), over all its
   * programs: what a cell's run depends on.
   */
  readonly imports?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The isolated folders (absolute) and the limits their cells ran under: a proposal's code run again
   * later (its host-call measurement) runs confined the same way.
   */
  readonly confined?: { readonly folders: readonly string[]; readonly limits: RunLimits };
  /** Nothing malformed, no module error, every judged result passes, every judged cell's run passes, every cell follows its attempt. */
  readonly pass: boolean;
}

/** How far an evaluation has got, reported as it goes (for a progress display). */
export interface EvaluationProgress {
  /** Cells being evaluated. */
  readonly cells: number;
  /** Cells judged so far, per compiler. */
  readonly judged: Readonly<Partial<Record<CompilerId, number>>>;
  /** Runtime checks finished so far. */
  readonly ran: number;
}
