// Proposal: a folder anywhere on disk holding a design module (`design.ts`, with support modules
// named `*.lib.ts`) and one cell per scenario (`<scenario>.ts`, the kit's cell format, importing
// `accessor-kit` and `./design.ts`). Reading one refuses, with one line each, a folder that is
// missing, not a folder, unreadable or empty, one without design.ts, a malformed cell or one naming
// an unknown scenario, and a design module that does not load.

import { accessSync, constants, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { displayPath } from "../engine/errors.ts";
import { enableCellImports, readCellFolder, type ScenarioCell } from "../engine/index.ts";
import { wellFormed } from "../report/kit.ts";
import { UsageError } from "./args.ts";

export const DESIGN_MODULE = "design.ts";

export interface Proposal {
  /** Absolute, symlinks resolved. */
  readonly folder: string;
  /** The proposal's row in the matrix: the folder's name (marked when a kit design has it). */
  readonly design: string;
  readonly cells: readonly ScenarioCell[];
}

export function readProposal(folder: string, kitDesigns: readonly string[], scenarios?: readonly string[]): Proposal {
  const shown = displayPath(resolve(folder));
  const entries = listFolder(folder, shown);
  if (entries.length === 0) throw new UsageError(`${shown} is empty: a proposal holds ${DESIGN_MODULE} and one <scenario>.ts cell per scenario (see docs/proposals.md)`);
  if (!entries.includes(DESIGN_MODULE)) throw new UsageError(`${shown} has no ${DESIGN_MODULE}: a proposal's design module is ${DESIGN_MODULE} beside its cells (see docs/proposals.md)`);
  const real = realpathSync(folder);
  const name = basename(real);
  const design = kitDesigns.includes(name) ? `${name} (proposal)` : name;
  const cellNames = entries
    .filter((entry) => /^[^.]+\.ts$/.test(entry) && entry !== DESIGN_MODULE)
    .map((entry) => entry.slice(0, -".ts".length))
    .filter((id) => scenarios === undefined || scenarios.includes(id));
  for (const id of cellNames) readable(join(real, `${id}.ts`));
  const cells = wellFormed(readCellFolder(real, design, cellNames)) as ScenarioCell[];
  return { folder: real, design, cells };
}

function listFolder(folder: string, shown: string): string[] {
  try {
    if (!statSync(folder).isDirectory()) throw new UsageError(`${shown} is not a folder: check takes the proposal's folder`);
    return readdirSync(folder).sort();
  } catch (error) {
    throw fsProblem(error, shown, "folder");
  }
}

function readable(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${displayPath(file)} is not a file: a cell is a <scenario>.ts file`);
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

/** Imports the proposal's design module (cells import it too), so a design that throws or does not compile to JS is one line. */
export async function loadDesign(proposal: Proposal): Promise<void> {
  enableCellImports();
  const file = join(proposal.folder, DESIGN_MODULE);
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    throw new UsageError(`${displayPath(file)} does not load: ${oneLine(error)}`);
  }
}

/** The first line that says something: esbuild's "Transform failed with 1 error:" is followed by the error itself. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return (/Transform failed with \d+ errors?:$/.test(lines[0] ?? "") ? lines[1] : lines[0]) ?? "(no message)";
}
