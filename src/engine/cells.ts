// Cells: finding them on disk. `type-tests/<design>/<scenario>.ts` are the matrix cells;
// `type-tests/findings/<name>.ts` and `type-tests/findings/<name>/main.ts` (beside the folder's own
// tsconfig.json) are findings. A cell's file name is its id plus `.ts`; a name with another dot
// (support modules `*.lib.ts`, declarations `*.d.ts`, vitest's `*.test-d.ts`, tsd's `*.tsd.ts`) is
// not a cell. A file that breaks the format becomes a CellFormatError and the rest are still found.

import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { scenarioById, scenarios } from "../scenarios/index.ts";
import { CellFormatError, EngineError, displayPath } from "./errors.ts";
import { parseHeader, suppressionError } from "./header.ts";
import type { Cell, FindingCell, ScenarioCell } from "./types.ts";

export const FINDINGS = "findings";

/**
 * Which cells to take. Design cells must match `designs` and `scenarios` where given. Findings are
 * taken when `findings` names them, or when no filter at all is given.
 */
export interface CellSelection {
  readonly designs?: readonly string[];
  readonly scenarios?: readonly string[];
  readonly findings?: readonly string[];
}

export interface FoundCells {
  readonly cells: readonly Cell[];
  /** Files that look like cells but break the format; they are not evaluated. */
  readonly malformed: readonly CellFormatError[];
}

/** Every cell under `<root>/type-tests/`, in folder then file-name order. */
export function findCells(root: string, select: CellSelection = {}): FoundCells {
  const typeTests = join(realpathSync(root), "type-tests");
  if (!existsSync(typeTests)) throw new EngineError(`${displayPath(root)} has no type-tests/ folder`);
  const folders = entries(typeTests).filter((name) => statSync(join(typeTests, name)).isDirectory());
  for (const scenario of select.scenarios ?? []) {
    if (scenarioById(scenario) === undefined) throw new EngineError(`unknown scenario "${scenario}" (known: ${scenarioIds()})`);
  }
  for (const design of select.designs ?? []) {
    if (design === FINDINGS || !folders.includes(design)) throw new EngineError(`unknown design "${design}": there is no type-tests/${design}/ folder`);
  }
  for (const finding of select.findings ?? []) {
    if (!findingNames(join(typeTests, FINDINGS)).includes(finding)) throw new EngineError(`unknown finding "${finding}": there is no type-tests/findings/${finding}.ts or ${finding}/`);
  }

  const matrixWanted = select.findings === undefined || select.designs !== undefined || select.scenarios !== undefined;
  const found = folders
    .filter((design) => design !== FINDINGS && matrixWanted && (select.designs === undefined || select.designs.includes(design)))
    .map((design) => readCellFolder(join(typeTests, design), design, select.scenarios));
  const findingsWanted = select.findings !== undefined || (select.designs === undefined && select.scenarios === undefined);
  if (findingsWanted && folders.includes(FINDINGS)) found.push(readFindings(join(typeTests, FINDINGS), select.findings));
  return { cells: found.flatMap((f) => f.cells), malformed: found.flatMap((f) => f.malformed) };
}

/** Scenarios a proposal brings beside the kit's: each id, and the folder holding its module and attempts. */
export type OwnScenarios = ReadonlyMap<string, string>;

/**
 * The cells of one design folder (`type-tests/<design>/`, or a proposal folder given to `check`), of
 * the given scenarios only where given; `own` are scenarios of the folder's own beside the kit's.
 */
export function readCellFolder(folder: string, design = basename(folder), scenarios?: readonly string[], own: OwnScenarios = new Map()): FoundCells {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new EngineError(`${displayPath(folder)} is not a folder of cells`);
  const real = realpathSync(folder);
  const files = entries(real)
    .filter(isCellFileName)
    .filter((name) => scenarios === undefined || scenarios.includes(name.slice(0, -".ts".length)));
  const found = collect(files.map((name) => () => readScenarioCell(join(real, name), design, own)));
  return { cells: found.cells, malformed: [...found.malformed, ...silencedSupportModules(real)] };
}

/** Support modules beside the cells that silence the compiler: errors in them count against the cells. */
function silencedSupportModules(folder: string): CellFormatError[] {
  return entries(folder)
    .filter((name) => name.endsWith(".lib.ts"))
    .flatMap((name) => suppressionError(read(join(folder, name)), join(folder, name)) ?? []);
}

/** Parses one design cell file, throwing a CellFormatError when it breaks the format (a file that is not a regular file among them). */
export function readScenarioCell(file: string, design: string, own: OwnScenarios = new Map()): ScenarioCell {
  const { subject, header } = parseHeader(readCellText(file), file);
  const fileName = basename(file, ".ts");
  if (subject === undefined) throw new CellFormatError(file, 1, `no "// scenario: <id>" line: a cell's header names its scenario`);
  if (subject.key !== "scenario") throw new CellFormatError(file, subject.line, `"${subject.key}:" in a design folder: a design cell names its scenario (findings live in type-tests/findings/)`);
  const scenarioFolder = own.get(subject.name);
  if (scenarioById(subject.name) === undefined && scenarioFolder === undefined) {
    throw new CellFormatError(file, subject.line, `unknown scenario "${subject.name}" (known: ${[scenarioIds(), ...own.keys()].join(", ")})`);
  }
  if (subject.name !== fileName) throw new CellFormatError(file, subject.line, `scenario "${subject.name}" does not match the file name ${fileName}.ts`);
  return { kind: "scenario", id: `${design}/${subject.name}`, file, header, design, scenario: subject.name, ...(scenarioFolder === undefined ? {} : { scenarioFolder }) };
}

function readFindings(folder: string, names: readonly string[] | undefined): FoundCells {
  const wanted = (name: string) => names === undefined || names.includes(name);
  const readers = entries(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return wanted(entry) ? [() => readFindingFolder(path)] : [];
    return isCellFileName(entry) && wanted(basename(entry, ".ts")) ? [() => readFinding(path, basename(entry, ".ts"))] : [];
  });
  return collect(readers);
}

function readFindingFolder(folder: string): FindingCell {
  const name = basename(folder);
  const main = join(folder, "main.ts");
  const tsconfig = join(folder, "tsconfig.json");
  if (!existsSync(main)) throw new CellFormatError(main, undefined, `missing: a finding folder holds main.ts (with the "// finding: ${name}" header) and tsconfig.json`);
  if (!existsSync(tsconfig)) throw new CellFormatError(tsconfig, undefined, `missing: a finding folder overrides compiler options in its own tsconfig.json (a single-file finding is findings/${name}.ts)`);
  readTsconfigOverrides(tsconfig);
  return { ...readFinding(main, name), tsconfig };
}

function readFinding(file: string, name: string): FindingCell {
  const { subject, header } = parseHeader(read(file), file);
  if (subject === undefined) throw new CellFormatError(file, 1, `no "// finding: ${name}" line: a finding's header names it`);
  if (subject.key !== "finding") throw new CellFormatError(file, subject.line, `"${subject.key}:" in type-tests/findings/: a finding's header is "// finding: ${name}"`);
  if (subject.name !== name) throw new CellFormatError(file, subject.line, `finding "${subject.name}" does not match its ${file.endsWith("main.ts") ? "folder" : "file"} name ${name}`);
  return { kind: "finding", id: `${FINDINGS}/${name}`, file, header, finding: name };
}

/** A finding folder's tsconfig.json: strict JSON (no comments) with an object of compilerOptions. */
export function readTsconfigOverrides(tsconfig: string): { readonly files?: unknown; readonly include?: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(read(tsconfig));
  } catch (error) {
    throw new CellFormatError(tsconfig, undefined, `not strict JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new CellFormatError(tsconfig, undefined, "must be a JSON object");
  return parsed;
}

/** The support modules (`*.lib.ts`) beside the given cell files: part of any program of those cells. */
export function supportModules(cellFiles: readonly string[]): string[] {
  const folders = [...new Set(cellFiles.map((file) => dirname(file)))];
  return folders.flatMap((folder) => entries(folder).filter((name) => name.endsWith(".lib.ts")).map((name) => join(folder, name)));
}

function findingNames(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return entries(folder)
    .filter((entry) => isCellFileName(entry) || statSync(join(folder, entry)).isDirectory())
    .map((entry) => basename(entry, ".ts"));
}

function isCellFileName(name: string): boolean {
  return /^[^.]+\.ts$/.test(name);
}

function collect<T extends Cell>(readers: readonly (() => T)[]): FoundCells {
  const cells: Cell[] = [];
  const malformed: CellFormatError[] = [];
  for (const readCell of readers) {
    try {
      cells.push(readCell());
    } catch (error) {
      if (!(error instanceof CellFormatError)) throw error;
      malformed.push(error);
    }
  }
  return { cells, malformed };
}

function entries(folder: string): string[] {
  return readdirSync(folder).sort();
}

function read(file: string): string {
  return readFileSync(file, "utf8");
}

/** A cell's text; a file that is not a regular one (a FIFO would block the read) or cannot be read is a CellFormatError. */
function readCellText(file: string): string {
  try {
    if (!statSync(file).isFile()) throw new CellFormatError(file, undefined, "not a regular file: a cell is a <scenario>.ts file");
    return read(file);
  } catch (error) {
    if (error instanceof CellFormatError) throw error;
    throw new CellFormatError(file, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

function scenarioIds(): string {
  return scenarios.map((scenario) => scenario.id).join(", ");
}
