// Proposal: a folder anywhere on disk holding a design module (`design.ts`, with support modules
// named `*.lib.ts`), one cell per scenario (`<scenario>.ts`, the kit's cell format, importing
// `accessor-kit` and `./design.ts`), and optionally scenarios of its own (`scenarios/<id>/`: a
// scenario module `index.ts` and its attempts, as in the kit's src/scenarios/) and Rust twins
// (`rust/`, laid out as the kit's). Nothing of it is imported here: only read.
//
// A folder that is not a proposal is refused with one line (UsageError, exit status 2): missing,
// not a folder, unreadable, empty, without design.ts, or with a `.ts` file that is not a regular
// file (a FIFO would block whoever reads it). Everything else wrong with it is part of the report:
// each malformed cell, each scenario folder or Rust layout that is not as it should be (faults),
// and each cell scaffolded by `init` whose holes are not filled yet (unfinished).

import { accessSync, constants, existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { CellFormatError, displayPath, readCellFolder, suppressionError, userPath, type OwnScenarios, type ScenarioCell } from "../engine/index.ts";
import type { Fault, Unfinished } from "../report/matrix.ts";
import { twinLayoutProblem } from "../rust/proposal.ts";
import { templateName, unfilledHoles } from "../scenarios/attempt.ts";
import { scenarioById } from "../scenarios/index.ts";
import { UsageError } from "./args.ts";

export const DESIGN_MODULE = "design.ts";
export const SCENARIOS = "scenarios";
export const SCENARIO_MODULE = "index.ts";

export interface Proposal {
  /** Absolute, symlinks resolved. */
  readonly folder: string;
  /** The proposal's row in the matrix: the folder's name (marked when a kit design has it). */
  readonly design: string;
  /** Its cells that are read and finished: these are evaluated. */
  readonly cells: readonly ScenarioCell[];
  readonly malformed: readonly CellFormatError[];
  readonly unfinished: readonly Unfinished[];
  /** The scenarios it brings: id, and the folder holding the module and attempts. */
  readonly scenarios: OwnScenarios;
  /** Modules type-checked once, apart from the cells: design.ts and its scenarios' modules. */
  readonly modules: readonly string[];
  /** What is wrong with its scenario folders or its Rust twins' layout. */
  readonly faults: readonly Fault[];
}

/** Reads the proposal in `folder` (relative to where the user ran the command); `scenarios` narrows its cells. */
export function readProposal(folder: string, kitDesigns: readonly string[], scenarios?: readonly string[]): Proposal {
  const path = userPath(folder);
  const shown = displayPath(path);
  const entries = listFolder(path, shown);
  if (entries.length === 0) throw new UsageError(`${shown} is empty: a proposal holds ${DESIGN_MODULE} and one <scenario>.ts cell per scenario (see docs/proposals.md; accessor-kit init scaffolds one)`);
  if (!entries.includes(DESIGN_MODULE)) throw new UsageError(`${shown} has no ${DESIGN_MODULE}: a proposal's design module is ${DESIGN_MODULE} beside its cells (see docs/proposals.md)`);
  const real = realpathSync(path);
  for (const entry of entries.filter((name) => name.endsWith(".ts") && !isCellName(name))) regularFile(join(real, entry));
  const name = basename(real);
  const design = kitDesigns.includes(name) ? `${name} (proposal)` : name;
  const own = ownScenarios(real, design);
  const cellNames = entries.filter(isCellName).map((entry) => entry.slice(0, -".ts".length));
  // --scenario narrows the cells to read, but a cell named after no scenario is malformed whatever it asks.
  const named = (id: string) => scenarioById(id) !== undefined || own.scenarios.has(id);
  const found = readCellFolder(real, design, scenarios === undefined ? cellNames : cellNames.filter((id) => scenarios.includes(id) || !named(id)), own.scenarios);
  const unfinished: Unfinished[] = [];
  const cells = (found.cells as ScenarioCell[]).filter((cell) => {
    const holes = unfilledHoles(readFileSync(cell.file, "utf8"));
    if (holes.length === 0) return true;
    unfinished.push({ design, scenario: cell.scenario, file: cell.file, line: holes[0]!.line, holes: [...new Set(holes.map(({ hole }) => hole))] });
    return false;
  });
  const layout = existsSync(join(real, "rust")) ? twinLayoutProblem(real) : undefined;
  const rustFault: Fault[] = layout === undefined ? [] : [{ design, problem: { kind: "rust-design", compilers: [], text: layout, file: join(real, "rust"), line: 1, column: 1 } }];
  const modules = [join(real, DESIGN_MODULE), ...[...own.scenarios.values()].map((scenario) => join(scenario, SCENARIO_MODULE))];
  // Its modules may no more silence the compiler than its cells and support modules.
  const silenced = modules.flatMap((module) => suppressionError(readFileSync(module, "utf8"), module) ?? []);
  return {
    folder: real,
    design,
    cells,
    malformed: [...found.malformed, ...silenced],
    unfinished,
    scenarios: own.scenarios,
    modules,
    faults: [...own.faults, ...rustFault],
  };
}

/** Whether the proposal's Rust twins can be compiled: it has a rust/ folder laid out as the kit's. */
export function hasTwins(proposal: Proposal): boolean {
  return existsSync(join(proposal.folder, "rust")) && !proposal.faults.some((fault) => fault.problem.kind === "rust-design");
}

/**
 * `scenarios/<id>/` folders, each a scenario module and its TypeScript attempt (and its Rust attempt
 * where it has twins). A folder whose id is not a scenario id, is the kit's, or lacks its module or
 * attempt is a fault, and the scenario is not added.
 */
function ownScenarios(folder: string, design: string): { scenarios: OwnScenarios; faults: Fault[] } {
  const root = join(folder, SCENARIOS);
  if (!existsSync(root)) return { scenarios: new Map(), faults: [] };
  const scenarios = new Map<string, string>();
  const faults: Fault[] = [];
  const fault = (file: string, text: string) => faults.push({ design, problem: { kind: "scenario-module", compilers: [], text, file, line: 1, column: 1 } });
  for (const id of listFolder(root, displayPath(root))) {
    const scenario = join(root, id);
    if (!statSync(scenario).isDirectory()) continue;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fault(scenario, `"${id}" is not a scenario id (lowercase letters, digits and dashes)`);
    else if (scenarioById(id) !== undefined) fault(scenario, `the kit has a scenario "${id}": a proposal's own scenario needs another id`);
    else {
      const lacking = [SCENARIO_MODULE, templateName("ts")].filter((file) => !isRegularFile(join(scenario, file)));
      if (lacking.length > 0) fault(scenario, `a scenario folder holds ${SCENARIO_MODULE} (the scenario module) and ${templateName("ts")} (its attempt); this one lacks ${lacking.join(" and ")}`);
      else scenarios.set(id, scenario);
    }
  }
  return { scenarios, faults };
}

/** A cell's file name: `<scenario>.ts` with no other dot, other than design.ts. */
function isCellName(name: string): boolean {
  return /^[^.]+\.ts$/.test(name) && name !== DESIGN_MODULE;
}

function isRegularFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

function listFolder(folder: string, shown: string): string[] {
  try {
    if (!statSync(folder).isDirectory()) throw new UsageError(`${shown} is not a folder: check takes a proposal's folder`);
    return readdirSync(folder).sort();
  } catch (error) {
    throw fsProblem(error, shown, "folder");
  }
}

/** design.ts and the support modules must be regular, readable files: a FIFO or a device would block the compilers. */
function regularFile(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${displayPath(file)} is not a regular file: a proposal's modules are files`);
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw fsProblem(error, displayPath(file), "file");
  }
}

function fsProblem(error: unknown, shown: string, what: "folder" | "file"): Error {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new UsageError(`${shown}: no such ${what}`);
  if (code === "EACCES" || code === "EPERM") return new UsageError(`${shown} cannot be read: permission denied`);
  return error as Error;
}
