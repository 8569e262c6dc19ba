// Twins: the Rust side of the matrix. Every design has a std-only twin `rust/designs/<id>.rs` that
// must compile, and every design x scenario a twin `rust/twins/<design>/<scenario>.rs` whose header
// says what rustc does with it (`// expect: compiles` or `// expect: error E0308 nocode`). Findings
// with a Rust claim have twins too, `rust/twins/findings/<finding>.rs`; a twin whose Rust program
// is also another cell's counterpart names that cell on an `// also: findings/<other>` line. The
// column compiles them all with rustc, compares each twin with its header, and checks each cell's
// `// rust:` line against the header of its twin.
//
// A twin may also be a folder of crates, `rust/twins/<design>/<scenario>/<n>-<crate>.rs`: each crate
// is compiled in the order of its number, against every crate before it (`--extern`), and must
// compile, but the last, which is judged by its header as a one-file twin is. So the orphan rule,
// which speaks of crates, can be put to rustc.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { FINDINGS, findCells, kitRoot, newRound, resultCache, type ResultCache, scratchSubfolder, type Cell, type OwnScenarios, type RustClaim } from "../engine/index.ts";
import { attemptDeparture, attemptTemplatePath, templateName } from "../scenarios/attempt.ts";
import { scenarios } from "../scenarios/index.ts";
import { claimOf, formatClaim, headerValue, readClaimLine, sameClaim } from "./claim.ts";
import { compileCached, type CrateJob, type Extern, inParallel, probeRustc, probeRustcAsync, type RustcRun, type RustError } from "./rustc.ts";

export type TwinKey = `${string}/${string}`;

export interface RustColumnOptions {
  /** The repository root; defaults to this checkout. */
  readonly root?: string;
  /** The compiler to run; defaults to $RUSTC, else `rustc` on PATH. */
  readonly rustc?: string;
  /** Default: the CLI's choice (see `setCaching`). Take each file's rustc result from the cache where nothing it read changed. */
  readonly cache?: boolean;
  /** Only these designs' twins (and no findings' twins); default: every twin. */
  readonly designs?: readonly string[];
  /** The cells whose `// rust:` claims are checked (default: every cell under `<root>/type-tests/`). */
  readonly cells?: readonly Cell[];
  /** Scenarios beyond the kit's (a proposal's own), whose twins follow the attempts in their folders. */
  readonly scenarios?: OwnScenarios;
}

/** A file rustc compiled, with what it said. */
export interface Compiled {
  /** Path relative to the repository root. */
  readonly file: string;
  readonly errors: readonly RustError[];
  /** What rustc did: `compiles`, or the set of error codes. */
  readonly outcome: RustClaim;
  /** One line per thing wrong: for a design, any error; for a twin, an outcome other than its header. */
  readonly problems: readonly string[];
}

export interface TwinResult extends Compiled {
  readonly key: TwinKey;
  /** A design id, or FINDINGS. */
  readonly design: string;
  /** A scenario id, or a finding's name. */
  readonly scenario: string;
  /** The twin's `// expect:` header; undefined when it is missing or malformed (see problems). */
  readonly header: RustClaim | undefined;
  /** Other cells this twin is the Rust counterpart of (its `// also:` line). */
  readonly also: readonly TwinKey[];
  /** rustc did what the header says. */
  readonly matches: boolean;
}

/** A cell's `// rust:` claim, compared with its twin. */
export interface ClaimResult {
  /** The cell, relative to the repository root. */
  readonly cell: string;
  readonly claim: RustClaim;
  /** What rustc did with the twin; undefined when there is no twin. */
  readonly rustc: RustClaim | undefined;
  /** The claim equals the twin's header, and rustc does what that header says. */
  readonly matches: boolean;
  readonly problem: string | undefined;
}

export type RustColumn =
  | {
      readonly status: "ran";
      readonly rustc: string;
      /** The folder the twins' paths are relative to (the kit's root, or a proposal's folder). */
      readonly root: string;
      /** Wall-clock time of all the rustc runs. */
      readonly ms: number;
      readonly designs: ReadonlyMap<string, Compiled>;
      readonly twins: ReadonlyMap<TwinKey, TwinResult>;
      readonly claims: ReadonlyMap<TwinKey, ClaimResult>;
      /** Design x scenario pairs with no twin. */
      readonly missing: readonly TwinKey[];
      /** Cells the engine cannot read (a malformed `// rust:` line among them), one line each. */
      readonly malformedClaims: readonly string[];
    }
  | { readonly status: "not-run"; readonly reason: string };

const rustcOption = (options: RustColumnOptions): string => options.rustc ?? process.env["RUSTC"] ?? "rustc";

/** Why the column would not run (rustc missing or older than 1.75), or undefined when it would. */
export function rustNotRunReason(options: RustColumnOptions = {}): string | undefined {
  const probe = probeRustc(rustcOption(options));
  return probe.ok ? undefined : probe.reason;
}

function filesIn(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort();
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The number of the wasmtime design a twin mirrors, from its opening `//! D<n> <id>` line. */
function designNumber(file: string): number {
  return Number(/^\/\/! D(\d+)/.exec(readFileSync(file, "utf8"))?.[1] ?? Infinity);
}

/** The design twins, by design id, in the order of the designs they mirror (D1, D2, ...). */
export function findDesignTwins(root = kitRoot): Map<string, string> {
  const dir = join(root, "rust", "designs");
  const files = filesIn(dir, ".rs").map((name) => ({ id: name.slice(0, -".rs".length), file: join(dir, name) }));
  const ordered = files.map((design) => ({ ...design, number: designNumber(design.file) })).sort((a, b) => a.number - b.number);
  return new Map(ordered.map((design) => [design.id, design.file]));
}

/** One crate of a folder twin: `<n>-<name>.rs`. */
export interface TwinCrate {
  readonly name: string;
  readonly file: string;
}

export interface TwinFile {
  readonly key: TwinKey;
  /** A design id, or FINDINGS. */
  readonly design: string;
  /** A scenario id, or a finding's name. */
  readonly scenario: string;
  /** The file rustc judges: the twin, or a folder twin's last crate. */
  readonly file: string;
  /** A folder twin's judged crate (`file`) by name; `twin` for a one-file twin. */
  readonly crate: string;
  /** A folder twin's other crates, in the order they are compiled (each against those before it); none for a one-file twin. */
  readonly dependencies: readonly TwinCrate[];
}

const CRATE_FILE = /^(\d+)-([a-z][a-z0-9_]*)\.rs$/;

/** The crates of a folder twin, in the order of their numbers. */
function cratesIn(folder: string): TwinCrate[] {
  return filesIn(folder, ".rs")
    .flatMap((name) => {
      const match = CRATE_FILE.exec(name);
      return match === null ? [] : [{ order: Number(match[1]), name: match[2]!, file: join(folder, name) }];
    })
    .sort((a, b) => a.order - b.order)
    .map(({ name, file }) => ({ name, file }));
}

/**
 * Every `rust/twins/<design>/<scenario>.rs` and `rust/twins/findings/<finding>.rs`, and every folder
 * twin `rust/twins/<design>/<scenario>/` with its crates, by folder then name.
 */
export function findTwins(root = kitRoot): TwinFile[] {
  const dir = join(root, "rust", "twins");
  return subfolders(dir).flatMap((design) => {
    const files = filesIn(join(dir, design), ".rs").map((name) => {
      const scenario = name.slice(0, -".rs".length);
      return { key: `${design}/${scenario}` as const, design, scenario, file: join(dir, design, name), crate: "twin", dependencies: [] };
    });
    const folders = subfolders(join(dir, design)).flatMap((scenario) => {
      const crates = cratesIn(join(dir, design, scenario));
      const judged = crates.at(-1);
      if (judged === undefined) return [];
      return [{ key: `${design}/${scenario}` as const, design, scenario, file: judged.file, crate: judged.name, dependencies: crates.slice(0, -1) }];
    });
    return [...files, ...folders].sort((a, b) => a.scenario.localeCompare(b.scenario));
  });
}

/** The file rustc judges for a twin: `<key>.rs`, or the last crate of the folder twin `<key>/`; undefined when there is neither. */
export function judgedTwinFile(key: TwinKey, root = kitRoot): string | undefined {
  const file = join(root, "rust", "twins", `${key}.rs`);
  return existsSync(file) ? file : cratesIn(join(root, "rust", "twins", key)).at(-1)?.file;
}

export interface CellClaim {
  /** The cell's id, which is its twin's key: `<design>/<scenario>` or `findings/<name>`. */
  readonly key: TwinKey;
  readonly file: string;
  readonly claim: RustClaim;
}

/**
 * Every cell with a `// rust:` line, as the engine reads cells; `malformed` names the cells the
 * engine cannot read (a malformed `rust:` line among them), whose claims cannot be checked.
 */
export function findCellClaims(root = kitRoot): { readonly cells: CellClaim[]; readonly malformed: string[] } {
  const { cells, malformed } = findCells(root);
  return { cells: claimsOf(cells), malformed: malformed.map((error) => error.message) };
}

/** The claims of the cells that make one. */
export function claimsOf(cells: readonly Cell[]): CellClaim[] {
  return cells.flatMap((cell) => (cell.header.rust === undefined ? [] : [{ key: cell.id as TwinKey, file: cell.file, claim: cell.header.rust }]));
}

/** The cells a twin also stands for, from its `// also: <folder>/<name> ...` header line. */
function alsoKeys(source: string): TwinKey[] {
  const keys = headerValue(source, "also")?.trim().split(/\s+/) ?? [];
  return keys.filter((key): key is TwinKey => /^[\w-]+\/[\w-]+$/.test(key));
}

function errorLines(errors: readonly RustError[], root: string): string[] {
  return errors.map((error) => {
    const where = error.file === undefined ? "(no span)" : `${relative(root, error.file)}:${error.line ?? "?"}`;
    return `${error.code} at ${where}: ${error.message.split("\n")[0] ?? ""}`;
  });
}

/**
 * What is wrong with where a twin lives or what it tries: a folder with no design twin, a name no
 * scenario has, a program that departs from its scenario's attempt.
 */
function placementProblems(twin: TwinFile, designs: ReadonlySet<string>, source: string, own: OwnScenarios): string[] {
  if (twin.design === FINDINGS) return [];
  if (!scenarios.some((scenario) => scenario.id === twin.scenario) && !own.has(twin.scenario)) return [`unknown scenario "${twin.scenario}"`];
  const folder = own.get(twin.scenario);
  const departure = attemptDeparture(twin.scenario, "rust", source, twin.design, { folder });
  return [
    ...(designs.has(twin.design) ? [] : [`no design twin rust/designs/${twin.design}.rs`]),
    ...(departure === undefined ? [] : [departure.text]),
    ...twin.dependencies.flatMap((crate) => crateDeparture(twin, crate, folder)),
  ];
}

/**
 * Where a folder twin's other crate departs from the scenario's template for it,
 * `attempt.<crate>.rs.tmpl` (in the kit's scenario folder, or in `folder` for a proposal's own scenario).
 */
function crateDeparture(twin: TwinFile, crate: TwinCrate, folder: string | undefined): string[] {
  const template = folder === undefined ? attemptTemplatePath(twin.scenario, "rust", crate.name) : join(folder, templateName("rust", crate.name));
  if (!existsSync(template)) return [`crate ${crate.name}: the scenario has no template for it (${relative(kitRoot, template)})`];
  const departure = attemptDeparture(twin.scenario, "rust", readFileSync(crate.file, "utf8"), twin.design, { folder, crate: crate.name });
  return departure === undefined ? [] : [`crate ${crate.name}: ${departure.text}`];
}

function judgeTwin(twin: TwinFile, root: string, designs: ReadonlySet<string>, errors: readonly RustError[], own: OwnScenarios): TwinResult {
  const outcome = claimOf(errors.map((error) => error.code));
  const source = readFileSync(twin.file, "utf8");
  const header = readClaimLine(source, "expect");
  const problems = placementProblems(twin, designs, source, own);
  if (header === undefined) problems.push(`no "// expect: compiles" or "// expect: error <codes>" header line`);
  else if (typeof header === "string") problems.push(`malformed expect header: ${header}`);
  else if (!sameClaim(header, outcome)) {
    problems.push(`header says "${formatClaim(header)}", rustc says "${formatClaim(outcome)}"`, ...errorLines(errors, root));
  }
  const file = relative(root, twin.file);
  const parsed = typeof header === "object" ? header : undefined;
  return { ...twin, file, errors, outcome, header: parsed, also: alsoKeys(source), matches: problems.length === 0, problems };
}

export function judgeClaim(cell: CellClaim, root: string, twin: TwinResult | undefined): ClaimResult {
  const base = { cell: relative(root, cell.file), claim: cell.claim, rustc: twin?.outcome };
  const problem =
    twin === undefined
      ? `no twin rust/twins/${cell.key}.rs`
      : twin.header === undefined || !sameClaim(cell.claim, twin.header)
        ? `the cell claims "${formatClaim(cell.claim)}", the twin's header says "${twin.header ? formatClaim(twin.header) : "nothing"}"`
        : twin.matches
          ? undefined
          : `the twin does not match its header (rustc says "${formatClaim(twin.outcome)}")`;
  return { ...base, matches: problem === undefined, problem };
}

/**
 * Compiles a twin to metadata in the folder `out`: a folder twin's crates one after the other, each
 * against those before it; a crate that does not compile is the twin's failure.
 */
async function compileTwin(
  cache: ResultCache,
  rustc: { readonly path: string; readonly version: string },
  twin: TwinFile,
  root: string,
  out: string,
): Promise<RustcRun> {
  await mkdir(out, { recursive: true });
  const jobs: CrateJob[] = [];
  for (const { name, file } of [...twin.dependencies, { name: twin.crate, file: twin.file }]) {
    // rustc finds an extern crate's metadata only under the name lib<crate>.rmeta
    const externs: Extern[] = jobs.map((job) => ({ name: job.crate.name, metadata: job.outFile }));
    jobs.push({ file, outFile: join(out, `lib${name}.rmeta`), crate: { name, externs } });
  }
  const { failedAt, ...run } = await compileCached(cache, rustc, jobs);
  if (failedAt === undefined) return run;
  const crate = twin.dependencies[failedAt]!;
  const problem = run.failure ?? errorLines(run.errors, root)[0];
  return { errors: [], failure: `its crate ${crate.name} (${relative(root, crate.file)}) does not compile: ${problem}` };
}

/** Compiles every design twin and twin with rustc (in parallel) and judges twins and cell claims. */
export async function rustColumn(options: RustColumnOptions = {}): Promise<RustColumn> {
  const root = options.root ?? kitRoot;
  const rustc = rustcOption(options);
  const probe = await probeRustcAsync(rustc);
  if (!probe.ok) return { status: "not-run", reason: probe.reason };

  const wanted = (design: string) => options.designs === undefined || options.designs.includes(design);
  const designFiles = new Map([...findDesignTwins(root)].filter(([design]) => wanted(design)));
  const twinFiles = findTwins(root).filter((twin) => wanted(twin.design));
  const sources: readonly TwinFile[] = [
    ...[...designFiles].map(([design, file]) => ({ key: `${design}/` as const, design, scenario: "", file, crate: "twin", dependencies: [] })),
    ...twinFiles,
  ];
  const outDir = scratchSubfolder("rustc-");
  const started = performance.now();
  // Every run of the column looks at the twins' files afresh (a process may run it again after an edit).
  newRound();
  const cache = resultCache(options.cache);
  const compiler = { path: rustc, version: probe.version };
  const runs = await inParallel(sources, Math.min(2, availableParallelism()), (twin, index) => compileTwin(cache, compiler, twin, root, join(outDir, String(index))))
    .finally(() => rm(outDir, { recursive: true, force: true }));
  const ms = performance.now() - started;
  const runOf = (index: number) => runs[index] ?? { errors: [], failure: "not compiled" };

  const designs = new Map<string, Compiled>(
    [...designFiles].map(([design, file], index) => {
      const { errors, failure } = runOf(index);
      const problems = [...(failure ? [failure] : []), ...errorLines(errors, root)];
      return [design, { file: relative(root, file), errors, outcome: claimOf(errors.map((e) => e.code)), problems }];
    }),
  );
  const designIds = new Set(designFiles.keys());
  const twins = new Map<TwinKey, TwinResult>(
    twinFiles.map((twin, index) => {
      const { errors, failure } = runOf(designFiles.size + index);
      const result = judgeTwin(twin, root, designIds, errors, options.scenarios ?? new Map());
      return [twin.key, failure ? { ...result, matches: false, problems: [failure, ...result.problems] } : result];
    }),
  );

  const { cells, malformed: malformedClaims } = options.cells === undefined ? findCellClaims(root) : { cells: claimsOf(options.cells), malformed: [] };
  const twinOf = (key: TwinKey) => twins.get(key) ?? [...twins.values()].find((twin) => twin.also.includes(key));
  const claims = new Map<TwinKey, ClaimResult>(
    cells.filter((cell) => wanted(cell.key.split("/")[0]!)).map((cell) => [cell.key, judgeClaim(cell, root, twinOf(cell.key))]),
  );

  const missing = [...designIds].flatMap((design) =>
    scenarios.map((scenario) => `${design}/${scenario.id}` as const).filter((key) => !twins.has(key)),
  );
  return { status: "ran", rustc: probe.version, root, ms, designs, twins, claims, missing, malformedClaims };
}
