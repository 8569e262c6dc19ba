#!/usr/bin/env node
// accessor-kit's command line (the package's `accessor-kit` bin; `npm start -- <args>` in this
// repository): `matrix` computes the designs x scenarios matrix live, `check <folder>` puts a
// proposal beside the kit's designs, `report --html <dir>` writes the matrix's run as an HTML page
// (as `check --html <dir>` does the check's), `help [command]` and `--version` say what they say. Exit status
// 0 when every cell is as it expects, 1 when one is not, 2 on bad usage or bad input, which is
// always one line on stderr, never a stack trace. The report goes to stdout; progress, only on a
// terminal, to stderr.

import { accessSync, appendFileSync, constants, existsSync, mkdirSync, watch } from "node:fs";
import { join } from "node:path";
import { CellFormatError, displayPath, EngineError, kitRoot, kitVersion, setCacheFolder, setCaching, stopCompilerServices, type Cell } from "../engine/index.ts";
import { measureCosts, type Costs } from "../report/costs.ts";
import { renderGithub, stepSummary } from "../report/github.ts";
import { writeHtmlReport } from "../report/html.ts";
import { renderJson } from "../report/json.ts";
import { renderJunit } from "../report/junit.ts";
import { matrixDesigns, evaluateWithRust, kitCells, kitDesigns, scenarioIds } from "../report/kit.ts";
import { renderMarkdown } from "../report/markdown.ts";
import { buildMatrix, type Layout } from "../report/matrix.ts";
import { githubRepositoryUrl, noLinks, repositoryLinks, type Links } from "../report/paths.ts";
import { figuresOf, type Report } from "../report/report.ts";
import { paintFor } from "../report/style.ts";
import { renderText } from "../report/text.ts";
import { parseCommandLine, UsageError, type Command, type Format, type Options } from "./args.ts";
import { helpText } from "./help.ts";
import { progressOn } from "./progress.ts";
import { loadDesign, oneLine, readProposal } from "./proposal.ts";

const started = performance.now();

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
      return matrix(command.options);
    case "report":
      return matrix(command.options, { pageOnly: true });
    case "check":
      return check(command.folder, command.options);
  }
}

async function matrix(options: Options, page: Page = {}): Promise<number> {
  prepare(options);
  return watching(options, [], async (rerun) => {
    const cells = kitCells(options);
    return report("matrix", cells, { designs: options.designs ?? matrixDesigns(cells), scenarios: options.scenarios ?? scenarioIds() }, options, rerun, page);
  });
}

async function check(folder: string, options: Options): Promise<number> {
  prepare(options);
  return watching(options, [folder], async (rerun) => {
    const kitDesignIds = kitDesigns();
    const proposal = readProposal(folder, kitDesignIds, options.scenarios);
    await loadDesign(proposal);
    const designs = options.designs ?? kitDesignIds;
    const cells = [...kitCells({ designs, ...(options.scenarios === undefined ? {} : { scenarios: options.scenarios }) }), ...proposal.cells];
    const layout = { designs: [...designs, proposal.design], scenarios: options.scenarios ?? scenarioIds(), proposal: proposal.design };
    return report(`check ${folder}`, cells, layout, options, rerun);
  });
}

/** How a run's HTML page (--html) is written: instead of the report on stdout (`report`), or beside it. */
interface Page {
  readonly pageOnly?: boolean;
}

/** What the kit's evidence is made of: what --watch watches (and the folders given), changes to which run the command again. */
const WATCHED = ["type-tests", "designs", "rust", "tsconfig.json"];

/**
 * Runs `once`; under --watch, runs it again after every change to the kit's cells, designs, Rust
 * twins and tsconfig or to the given folders (changes within 50 ms taken together), and never
 * returns: Ctrl-C ends it. The compilers stay warm in between (TS 6's service keeps its parsed
 * files and each program's diagnostics), and every result whose inputs did not change comes from
 * the result cache, so a re-run does only what the change reaches.
 */
async function watching(options: Options, folders: readonly string[], once: (rerun: boolean) => Promise<number>): Promise<number> {
  if (!options.watch) {
    const code = await once(false);
    // The compilers' services exit before this process does, their work counted in its CPU time.
    await stopCompilerServices();
    return code;
  }
  // Watching starts before the first run, so an edit made while it runs is not missed.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const rerun = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => once(true).then((code) => (process.exitCode = code), fail));
    }, 50);
  };
  for (const path of [...WATCHED.map((name) => join(kitRoot, name)), ...folders]) {
    if (existsSync(path)) watch(path, { recursive: true }, rerun);
  }
  process.exitCode = await once(false);
  if (!options.quiet) process.stderr.write("accessor-kit: watching for changes (Ctrl-C ends)\n");
  return new Promise(() => {});
}

function prepare(options: Options): void {
  if (options.cacheDir !== undefined) setCacheFolder(options.cacheDir);
  setCaching(options.cache);
  if (!options.quiet) for (const { reason } of options.compilersNotRun) process.stderr.write(`accessor-kit: note: ${reason}\n`);
}

/** Evaluates and prints the report; a watch re-run (`rerun`) leaves out the costs, which take longer than the verdicts. */
async function report(command: string, cells: readonly Cell[], layout: Layout, options: Options, rerun = false, page: Page = {}): Promise<number> {
  if (options.html !== undefined) htmlFolder(options.html);
  const progress = progressOn(process.stderr, { quiet: options.quiet, cells: cells.length });
  let rendered: string;
  let result: Report;
  try {
    const run = await evaluateWithRust(cells, options.compilers, { onProgress: progress.evaluation, onRustDone: progress.rustDone });
    const matrix = buildMatrix(run.evaluation, run.rust, layout);
    const costsStarted = performance.now();
    const measure = (FIGURES.includes(options.format) || options.html !== undefined) && !rerun;
    if (measure) progress.stage("measuring the costs per design");
    const costs: Costs = measure
      ? await measureCosts(run.evaluation)
      : { status: "not-measured", reason: rerun ? "not measured again while watching" : `not shown in the ${options.format} format` };
    const figures = figuresOf(run, performance.now() - started, performance.now() - costsStarted);
    result = { command, matrix, compilersNotRun: options.compilersNotRun, costs, figures };
    rendered = page.pageOnly ? "" : render(result, options);
    if (options.html !== undefined) {
      const { file, bytes } = writeHtmlReport(result, options.html, process.cwd());
      const line = `accessor-kit: wrote ${displayPath(file)} (${Math.round(bytes / 1024)} KB): ${summaryOf(result)}\n`;
      if (page.pageOnly) rendered = line;
      else if (!options.quiet) process.stderr.write(line);
    }
  } finally {
    progress.stop();
  }
  process.stdout.write(rendered);
  const summary = process.env["GITHUB_STEP_SUMMARY"];
  if (options.format === "github" && summary) appendFileSync(summary, stepSummary(result, links(options)));
  return result.matrix.pass ? 0 : 1;
}

/** Makes the --html folder before the run, so one that cannot be written is refused at once. */
function htmlFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? "not a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : oneLine(error);
    throw new UsageError(`--html ${dir}: ${why}`);
  }
}

/** `110 cells, 0 unexpected`. */
function summaryOf({ matrix }: Report): string {
  const entries = [...matrix.entries.values(), ...matrix.findings];
  return `${entries.length} cells, ${entries.filter((entry) => entry.verdict === "unexpected").length} unexpected`;
}

function render(report: Report, options: Options): string {
  const base = process.cwd();
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
  return repositoryLinks(url, process.env["GITHUB_WORKSPACE"] || process.cwd());
}

/** Bad input says what is wrong; anything else is a fault of the kit, still on one line. */
function problemLine(error: unknown): string {
  if (error instanceof UsageError || error instanceof EngineError || error instanceof CellFormatError) return error.message;
  const fsError = error as NodeJS.ErrnoException;
  if (fsError.code === "EACCES" && typeof fsError.path === "string") return `${fsError.path}: permission denied`;
  return `internal error: ${oneLine(error)}`;
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
