// The engine's data: a cell (one design x scenario attempt), what its header expects, and how a
// compiler run judged it. The CLI and the docs consume these; nothing here runs anything.

/** The TypeScript compilers the engine runs; adding one is configuration (see compilers.ts). */
export type CompilerId = "ts6" | "ts7";

export type Expectation =
  | { readonly kind: "compiles" }
  | { readonly kind: "error"; readonly code: number; readonly line: number; readonly fragment: string };

/** What a cell claims Rust does with the same attempt (checked against its twin under rust/). */
export type RustClaim = { readonly kind: "compiles" } | { readonly kind: "error"; readonly codes: readonly string[] };

export interface CellHeader {
  readonly scenario: string;
  /** `expect:` lines, used for every compiler that has no `expect[tsN]:` lines of its own. */
  readonly expect: readonly Expectation[];
  /** `expect[ts6]:` / `expect[ts7]:` lines; empty arrays are absent keys. */
  readonly expectFor: Readonly<Partial<Record<CompilerId, readonly Expectation[]>>>;
  /** No `expect:` line at all: the cell is explored (its outcome reported), not judged. */
  readonly explored: boolean;
  readonly rust?: RustClaim;
}

export interface Cell {
  readonly design: string;
  readonly scenario: string;
  /** Absolute path. */
  readonly file: string;
  readonly header: CellHeader;
}

export interface Diagnostic {
  /** Absolute path. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: number;
  readonly message: string;
}

export interface CellResult {
  readonly cell: Cell;
  readonly compiler: CompilerId;
  readonly diagnostics: readonly Diagnostic[];
  readonly outcome: "compiles" | "errors";
  /** True when the diagnostics match the expectations exactly (always true for explored cells). */
  readonly pass: boolean;
  /** One line per mismatch: wrong code, wrong line, fragment absent, missing or extra error. */
  readonly problems: readonly string[];
}
