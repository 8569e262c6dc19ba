// accessor-kit's command line (`npm start -- <args>`): `matrix` computes the designs x scenarios
// matrix live, `check <folder>` puts a proposal beside the kit's designs. Exit status 0 when every
// cell is as it expects, 1 when one is not, 2 on bad usage or bad input, which is always one line
// on stderr, never a stack trace.

import { CellFormatError, EngineError, type Cell } from "../engine/index.ts";
import { measureCosts, type Costs } from "../report/costs.ts";
import { renderGithub } from "../report/github.ts";
import { renderJson } from "../report/json.ts";
import { matrixDesigns, evaluateWithRust, kitCells, kitDesigns, scenarioIds } from "../report/kit.ts";
import { renderMarkdown } from "../report/markdown.ts";
import { buildMatrix, type Layout } from "../report/matrix.ts";
import { figuresOf, type Report } from "../report/report.ts";
import { paintFor } from "../report/style.ts";
import { renderText } from "../report/text.ts";
import { parseCommandLine, USAGE, UsageError, type Command, type Format, type Options } from "./args.ts";
import { loadDesign, oneLine, readProposal } from "./proposal.ts";

const started = performance.now();

/** The formats that show run-dependent figures, so only they spend the time to measure the costs. */
const FIGURES: readonly Format[] = ["text", "json"];

async function run(command: Command): Promise<number> {
  switch (command.name) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "matrix":
      return matrix(command.options);
    case "check":
      return check(command.folder, command.options);
  }
}

async function matrix(options: Options): Promise<number> {
  const cells = kitCells(options);
  return report("matrix", cells, { designs: options.designs ?? matrixDesigns(cells), scenarios: options.scenarios ?? scenarioIds() }, options);
}

async function check(folder: string, options: Options): Promise<number> {
  const kitDesignIds = kitDesigns();
  const proposal = readProposal(folder, kitDesignIds, options.scenarios);
  await loadDesign(proposal);
  const designs = options.designs ?? kitDesignIds;
  const cells = [...kitCells({ designs, ...(options.scenarios === undefined ? {} : { scenarios: options.scenarios }) }), ...proposal.cells];
  const layout = { designs: [...designs, proposal.design], scenarios: options.scenarios ?? scenarioIds(), proposal: proposal.design };
  return report(`check ${folder}`, cells, layout, options);
}

async function report(command: string, cells: readonly Cell[], layout: Layout, options: Options): Promise<number> {
  const run = await evaluateWithRust(cells, options.compilers);
  const matrix = buildMatrix(run.evaluation, run.rust, layout);
  const costsStarted = performance.now();
  const costs: Costs = FIGURES.includes(options.format) ? await measureCosts(run.evaluation) : { status: "not-measured", reason: `not shown in the ${options.format} format` };
  const figures = figuresOf(run, performance.now() - started, performance.now() - costsStarted);
  process.stdout.write(render({ command, matrix, costs, figures }, options.format));
  return matrix.pass ? 0 : 1;
}

function render(report: Report, format: Format): string {
  switch (format) {
    case "text":
      return renderText(report, paintFor(process.stdout));
    case "markdown":
      return renderMarkdown(report.matrix);
    case "json":
      return renderJson(report);
    case "github":
      return renderGithub(report.matrix);
  }
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
