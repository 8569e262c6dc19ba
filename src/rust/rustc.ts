// Rustc: finding the compiler (the twins need 1.75 or later: generic associated types, and `impl
// Trait` returned from a trait method) and compiling one crate to metadata (a twin, or one crate of a
// folder twin against the crates before it), reading its JSON diagnostics into error codes.

import { execFile, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import { filesAndFolders, type ResultCache } from "../engine/cache.ts";
import { NOCODE } from "./claim.ts";
import { filesNamedBy } from "./source-files.ts";

const MIN_RUSTC: readonly [major: number, minor: number] = [1, 75];

export type RustcProbe = { readonly ok: true; readonly version: string } | { readonly ok: false; readonly reason: string };

/** Runs `<rustc> --version`; not ok, with the reason, when rustc is missing or too old. */
export function probeRustc(rustc: string): RustcProbe {
  const run = spawnSync(rustc, ["--version"], { encoding: "utf8", timeout: 20_000 });
  return judgeProbe(rustc, run.error, run.status, run.stdout, run.stderr);
}

/** `probeRustc` without blocking this process while rustc starts. */
export function probeRustcAsync(rustc: string): Promise<RustcProbe> {
  return new Promise((done) => {
    execFile(rustc, ["--version"], { encoding: "utf8", timeout: 20_000 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      done(judgeProbe(rustc, error !== null && typeof error.code === "string" ? error : undefined, status, stdout, stderr));
    });
  });
}

function judgeProbe(rustc: string, error: Error | undefined, status: number | null, stdout: string, stderr: string): RustcProbe {
  if (error !== undefined) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return { ok: false, reason: missing ? `${rustc} is not on PATH` : `${rustc} --version failed: ${error.message}` };
  }
  const version = stdout.trim();
  const match = /^rustc (\d+)\.(\d+)\.\d+/.exec(version);
  if (status !== 0 || match === null) return { ok: false, reason: `${rustc} --version said "${version || stderr.trim()}"` };
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major < MIN_RUSTC[0] || (major === MIN_RUSTC[0] && minor < MIN_RUSTC[1])) {
    return { ok: false, reason: `${version} is older than ${MIN_RUSTC.join(".")} (the twins need generic associated types and impl Trait in traits)` };
  }
  return { ok: true, version };
}

/** One error rustc reported: its code (`nocode` when it has none), where, and its message. */
export interface RustError {
  readonly code: string;
  /** The primary span's file, as rustc names it, and line; absent for an error with no span. */
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly message: string;
}

export interface RustcRun {
  readonly errors: readonly RustError[];
  /** What went wrong with the run itself (a crash, a timeout), as opposed to errors in the twin. */
  readonly failure: string | undefined;
}

interface JsonDiagnostic {
  readonly level: string;
  readonly message: string;
  readonly code: { readonly code: string } | null;
  readonly spans: readonly { readonly is_primary: boolean; readonly file_name: string; readonly line_start: number }[];
}

/** A line of rustc's JSON output; undefined for anything else (an ICE's backtrace, say). */
function parseDiagnostic(line: string): JsonDiagnostic | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    return JSON.parse(line) as JsonDiagnostic;
  } catch {
    return undefined;
  }
}

/** The errors in rustc's `--error-format=json` output, leaving out the closing "aborting due to" one. */
function errorsOf(stderr: string): RustError[] {
  const errors: RustError[] = [];
  for (const line of stderr.split("\n")) {
    const diagnostic = parseDiagnostic(line);
    if (!diagnostic?.level.startsWith("error") || diagnostic.message.startsWith("aborting due to")) continue;
    const primary = diagnostic.spans.find((span) => span.is_primary);
    errors.push({ code: diagnostic.code?.code ?? NOCODE, file: primary?.file_name, line: primary?.line_start, message: diagnostic.message });
  }
  return errors;
}

const TIMEOUT_MS = 60_000;

/** A crate compiled before, which the one being compiled may use: `--extern <name>=<metadata file>`. */
export interface Extern {
  readonly name: string;
  readonly metadata: string;
}

/** The crate being compiled: its name, and the crates compiled before it that it may use. */
export interface Crate {
  readonly name: string;
  readonly externs: readonly Extern[];
}

const TWIN: Crate = { name: "twin", externs: [] };

const argsFor = (crate: Crate): string[] => [
  "--edition",
  "2021",
  "--crate-type",
  "lib",
  "--crate-name",
  crate.name,
  "--error-format=json",
  ...crate.externs.flatMap((dependency) => ["--extern", `${dependency.name}=${resolvePath(dependency.metadata)}`]),
];

/** One crate to compile: its root file, where its metadata goes, its name and the crates it uses. */
export interface CrateJob {
  readonly file: string;
  readonly outFile: string;
  readonly crate: Crate;
}

/** What rustc did with a chain of crates: the last one's run, or the run of the first that did not compile (`failedAt`, its index). */
export type ChainRun = RustcRun & { readonly failedAt?: number };

/**
 * What rustc does with a chain of crates (a twin is one crate; a folder twin, its crates in order,
 * each compiled against the metadata of those before it), from the result cache when neither
 * rustc's version nor any file the crates read (each crate's sources, as rustc's dep-info lists
 * them or, for a crate a macro refused, as its text names them; and the folders they lie in) changed. One cache entry covers the whole chain: a crate's
 * dep-info lists its own sources, not the crates it uses, so only the chain's inputs together say
 * when the last crate's result is stale. A crate before the last that does not compile (an error,
 * or rustc failing) ends the chain.
 */
export async function compileCached(cache: ResultCache, rustc: { readonly path: string; readonly version: string }, jobs: readonly CrateJob[]): Promise<ChainRun> {
  // The crates by name and the names of those each uses: where this run keeps their metadata is no part of what is computed.
  const identity = { rustc: rustc.version, crates: jobs.map((job) => ({ args: argsFor({ ...job.crate, externs: [] }), uses: job.crate.externs.map((extern) => extern.name), file: job.file })) };
  const hit = cache.lookup<ChainRun>("rustc", identity);
  if (hit !== undefined) return hit;
  const since = Date.now();
  const inputs: string[] = [];
  let known = true;
  let run: ChainRun = { errors: [], failure: "no crate to compile" };
  for (const [index, job] of jobs.entries()) {
    const depInfo = `${job.outFile}.d`;
    run = await compileToMetadata(rustc.path, job.file, job.outFile, job.crate, depInfo);
    // rustc writes no dep-info for a crate it stops at before macro expansion ends (errors in its
    // sources): then its files say what it may have read, unless macros of crates before it may
    // have read more.
    const refused = run.errors.length > 0 && run.errors.every((error) => error.file !== undefined) && job.crate.externs.length === 0;
    const read = run.failure === undefined ? (readDepInfo(depInfo) ?? (refused ? filesNamedBy(job.file) : undefined)) : undefined;
    // Without either the inputs are unknown: nothing is stored.
    if (read === undefined) known = false;
    else inputs.push(...filesAndFolders(read));
    if (index < jobs.length - 1 && (run.failure !== undefined || run.errors.length > 0)) {
      run = { ...run, failedAt: index };
      break;
    }
  }
  if (known) cache.store("rustc", identity, inputs, run, since);
  return run;
}

/** The files a dep-info file lists (`path:` lines, `\ ` for a space in a name), absolute; undefined when absent. */
export function readDepInfo(depInfo: string): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(depInfo, "utf8");
  } catch {
    return undefined;
  }
  return text
    .split("\n")
    .filter((line) => line.endsWith(":") && !line.startsWith("#"))
    .map((line) => resolvePath(line.slice(0, -1).replace(/\\ /g, " ")));
}

/**
 * Compiles `file` as a 2021-edition library crate (named `twin` unless `crate` names it) to metadata
 * only, writing the output to `outFile` (and, when asked, the files rustc read to `depInfo`);
 * `crate.externs` are the crates it may use.
 */
export function compileToMetadata(rustc: string, file: string, outFile: string, crate: Crate = TWIN, depInfo?: string): Promise<RustcRun> {
  const out = resolvePath(outFile);
  const emit = depInfo === undefined ? `--emit=metadata=${out}` : `--emit=metadata=${out},dep-info=${resolvePath(depInfo)}`;
  return new Promise((resolve) => {
    // rustc writes a long type's full name to a file in its working folder: the output's folder, not the user's.
    const child = spawn(rustc, [...argsFor(crate), emit, resolvePath(file)], { cwd: dirname(out), stdio: ["ignore", "ignore", "pipe"], timeout: TIMEOUT_MS });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) => resolve({ errors: [], failure: `rustc could not run: ${error.message}` }));
    child.on("close", (status, signal) => {
      const errors = errorsOf(stderr);
      const crashed = signal !== null || (status !== 0 && errors.length === 0);
      const failure = crashed ? `rustc ended with ${signal ?? `status ${String(status)}`} and no error diagnostic` : undefined;
      resolve({ errors, failure });
    });
  });
}

/** Maps `items` through `run`, at most `width` at a time, keeping their order. */
export async function inParallel<A, B>(items: readonly A[], width: number, run: (item: A, index: number) => Promise<B>): Promise<B[]> {
  const results: B[] = new Array<B>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as A, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
