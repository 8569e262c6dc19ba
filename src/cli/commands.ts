// Commands: what each command of the command line does (main.ts, the entry, loads this module once
// it has started what runs ahead): the runs, their reports, --watch, and the one-line errors.

import { accessSync, appendFileSync, constants, existsSync, mkdirSync, watch } from "node:fs";
import { join } from "node:path";
import {
  CellFormatError,
  compiledCodeFolder,
  compilersAheadFor,
  displayPath,
  EngineError,
  errorLine,
  kitRoot,
  keepCompilersWarm,
  kitVersion,
  pruneCache,
  resultCache,
  resumeCompilerState,
  setCacheFolder,
  setCaching,
  stopCompilerServices,
  userPath,
  workingDirectory,
} from "../engine/index.ts";
import { measureCosts, type Costs } from "../report/costs.ts";
import { renderGithub, stepSummary } from "../report/github.ts";
import { writeHtmlReport } from "../report/html.ts";
import { renderJson } from "../report/json.ts";
import { renderJunit } from "../report/junit.ts";
import { matrixDesigns, evaluateWithRust, kitCells, scenarioIds, type KitRun } from "../report/kit.ts";
import { renderMarkdown } from "../report/markdown.ts";
import { buildMatrix, type Matrix } from "../report/matrix.ts";
import { githubRepositoryUrl, noLinks, repositoryLinks, type Links } from "../report/paths.ts";
import { figuresOf, type Report } from "../report/report.ts";
import { paintFor } from "../report/style.ts";
import { renderText } from "../report/text.ts";
import { parseCommandLine, UsageError, type Command, type Format, type Options } from "./args.ts";
import { check } from "./check.ts";
import { helpText } from "./help.ts";
import { initProposal } from "./init.ts";
import { progressOn, type ProgressDisplay } from "./progress.ts";

const started = performance.now();

/** Whether a run measures the costs per design, and if not, why. */
export interface CostsChoice {
  readonly measure: boolean;
  readonly reason: string;
}

/** The formats that show run-dependent figures, so only they spend the time to measure the costs. */
const FIGURES: readonly Format[] = ["text", "json"];

/** Width of the text report when neither $COLUMNS nor a terminal says. */
const DEFAULT_WIDTH = 80;

async function run(command: Command): Promise<number> {
  switch (command.name) {
    case "help":
      process.stdout.write(helpText(command.topic));
      return 0;
    case "version":
      process.stdout.write(`${kitVersion}\n`);
      return 0;
    case "matrix":
    case "report":
      prepare(command.options);
      return watching(command.options, [], (rerun) => matrix(command.options, rerun, command.name === "report"));
    case "check": {
      const { folders, options } = command;
      prepare(options);
      return watching(options, folders.map(userPath), (rerun) =>
        check(folders, options, command.check, {
          progress: progressFor(options),
          report: (title, run, built, choice, progress) => reportOf(title, run, built, { ...(choice ?? costsFor(options, rerun)), compilersNotRun: options.compilersNotRun }, progress),
          show: (report) => show(report, options),
        }),
      );
    }
    case "init":
      process.stdout.write(`${initProposal(command.folder, command.from).join("\n")}\n`);
      return 0;
  }
}

async function matrix(options: Options, rerun: boolean, pageOnly: boolean): Promise<number> {
  const { cells, malformed } = kitCells(options);
  const progress = progressFor(options)(cells.length);
  let report: Report;
  try {
    const run = await evaluateWithRust(cells, options.compilers, { onProgress: progress.evaluation, onRustDone: progress.rustDone });
    const evaluation = { ...run.evaluation, malformed: [...run.evaluation.malformed, ...malformed] };
    const built = buildMatrix(evaluation, run.rust, { designs: options.designs ?? matrixDesigns(cells), scenarios: options.scenarios ?? scenarioIds() });
    report = await reportOf("matrix", { ...run, evaluation }, built, { ...costsFor(options, rerun), compilersNotRun: options.compilersNotRun }, progress);
  } finally {
    progress.stop();
  }
  return show(report, options, pageOnly);
}

/** What the kit's evidence is made of: what --watch watches (and the folders given), changes to which run the command again. */
const WATCHED = ["type-tests", "designs", "rust", "tsconfig.json"];

/**
 * Runs `once`; under --watch, runs it again after every change to the kit's cells, designs, Rust
 * twins and tsconfig or to the given folders (every proposal of a `check`; changes within 50 ms
 * taken together), and never returns: Ctrl-C ends it. The compilers stay warm in between (TS 6's
 * service keeps its parsed files and each program's diagnostics; TS 7 starts from the build info
 * its last check left), and every result whose inputs did not change comes from the result cache,
 * so a re-run does only what the change reaches.
 */
async function watching(options: Options, folders: readonly string[], once: (rerun: boolean) => Promise<number>): Promise<number> {
  if (!options.watch) {
    try {
      return await once(false);
    } finally {
      // The compilers' services exit before this process does, their work counted in its CPU time.
      await stopCompilerServices();
      pruneCache();
    }
  }
  // TS 6 checks even one program in its service, which keeps it for the re-runs.
  keepCompilersWarm(true);
  // Watching starts before the first run, so an edit made while it runs is not missed.
  // A run that fails (bad input: a proposal that does not load) says why in one line, and the
  // watch goes on: the next save may fix it.
  const runOnce = (rerun: boolean) => once(rerun).then((code) => (process.exitCode = code), fail);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const rerun = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => runOnce(true));
    }, 50);
  };
  for (const path of [...WATCHED.map((name) => join(kitRoot, name)), ...folders]) {
    if (existsSync(path)) watch(path, { recursive: true }, rerun);
  }
  await runOnce(false);
  pruneCache();
  // Re-runs check a changed program with TypeScript 7 from the build info its last check left.
  resumeCompilerState(true);
  if (!options.quiet) process.stderr.write("accessor-kit: watching for changes (Ctrl-C ends)\n");
  return new Promise(() => {});
}

function prepare(options: Options): void {
  if (options.html !== undefined) htmlFolder(userPath(options.html));
  if (options.cacheDir !== undefined) setCacheFolder(userPath(options.cacheDir));
  setCaching(options.cache);
  // A compiler started ahead (main.ts) is let go when this run checks nothing with it alone: a watch run checks in the compiler's service.
  compilersAheadFor(options.watch ? [] : options.compilers, compiledCodeFolder(resultCache()));
  if (!options.quiet) for (const { reason } of options.compilersNotRun) process.stderr.write(`accessor-kit: note: ${reason}\n`);
}

/** A progress display for a run of so many cells (on stderr, only on a terminal, not under --quiet). */
function progressFor(options: Options): (cells: number) => ProgressDisplay {
  return (cells) => progressOn(process.stderr, { quiet: options.quiet, cells });
}

/** Whether the costs are measured for this format or page (not on a watch re-run: they take longer than the verdicts), and if not, why. */
function costsFor(options: Options, rerun: boolean): CostsChoice {
  if (rerun) return { measure: false, reason: "not measured again while watching" };
  const shown = FIGURES.includes(options.format) || options.html !== undefined;
  return shown ? { measure: true, reason: "" } : { measure: false, reason: `not shown in the ${options.format} format` };
}

/** The report of a run: its matrix, the costs (measured when chosen, after the rest), the figures. */
async function reportOf(command: string, run: KitRun, matrix: Matrix, choice: CostsChoice & Pick<Report, "compilersNotRun">, progress: ProgressDisplay): Promise<Report> {
  const costsStarted = performance.now();
  if (choice.measure) progress.stage("measuring the costs per design");
  const costs: Costs = choice.measure ? await measureCosts(run.evaluation) : { status: "not-measured", reason: choice.reason };
  const figures = figuresOf(run, performance.now() - started, performance.now() - costsStarted);
  return { command, matrix, compilersNotRun: choice.compilersNotRun, costs, figures };
}

/**
 * Prints the report in its format (and the GitHub step summary), and writes its page where --html
 * says (for `report`, the page is all: stdout gets one line saying where it went); the exit status
 * it stands for.
 */
function show(report: Report, options: Options, pageOnly = false): number {
  if (!pageOnly) process.stdout.write(render(report, options));
  if (options.html !== undefined) {
    const { file, bytes } = writeHtmlReport(report, userPath(options.html), workingDirectory());
    const line = `accessor-kit: wrote ${displayPath(file)} (${Math.round(bytes / 1024)} KB): ${summaryOf(report)}\n`;
    if (pageOnly) process.stdout.write(line);
    else if (!options.quiet) process.stderr.write(line);
  }
  const summary = process.env["GITHUB_STEP_SUMMARY"];
  if (options.format === "github" && summary) appendFileSync(summary, stepSummary(report, links(options)));
  return report.matrix.pass ? 0 : 1;
}

/** Makes the --html folder before the run, so one that cannot be written is refused at once. */
function htmlFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? "not a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : errorLine(error);
    throw new UsageError(`--html ${dir}: ${why}`);
  }
}

/** `110 cells, 0 unexpected`. */
function summaryOf({ matrix }: Report): string {
  const entries = [...matrix.entries.values(), ...matrix.findings];
  return `${entries.length} cells, ${entries.filter((entry) => entry.verdict === "unexpected").length} unexpected`;
}

function render(report: Report, options: Options): string {
  const base = workingDirectory();
  switch (options.format) {
    case "text":
      return renderText(report, paintFor(process.stdout), textWidth());
    case "markdown":
      return renderMarkdown(report.matrix, links(options));
    case "json":
      return renderJson(report, base);
    case "github":
      return renderGithub(report.matrix, process.env["GITHUB_WORKSPACE"] || base);
    case "junit":
      return renderJunit(report, base);
  }
}

/** $COLUMNS, else the terminal's width, else DEFAULT_WIDTH. */
function textWidth(): number {
  const columns = Number(process.env["COLUMNS"]);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return process.stdout.isTTY ? process.stdout.columns : DEFAULT_WIDTH;
}

/** --repo-url, else (in GitHub Actions) the run's commit, for the files of the checked-out repository; else none. */
function links(options: Options): Links {
  const url = options.repoUrl ?? githubRepositoryUrl(process.env);
  if (url === undefined) return noLinks;
  return repositoryLinks(url, process.env["GITHUB_WORKSPACE"] || workingDirectory());
}

/** Bad input says what is wrong; anything else is a fault of the kit, still on one line. */
function problemLine(error: unknown): string {
  if (error instanceof UsageError || error instanceof EngineError || error instanceof CellFormatError) return error.message;
  const fsError = error instanceof Error ? (error as NodeJS.ErrnoException) : undefined;
  if (fsError?.code === "EACCES" && typeof fsError.path === "string") return `${fsError.path}: permission denied`;
  return `internal error: ${errorLine(error)}`;
}

function fail(error: unknown): void {
  process.stderr.write(`accessor-kit: ${problemLine(error)}\n`);
  process.exitCode = 2;
}

// A reader that goes away (`npm start | head`) ends the output, not the run's status; anything else
// thrown outside the awaited work (a cell's stray timer, say) is still one line.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") fail(error);
});
process.on("uncaughtException", (error) => {
  fail(error);
  process.exit();
});

try {
  process.exitCode = await run(parseCommandLine(process.argv.slice(2)));
} catch (error) {
  fail(error);
}
