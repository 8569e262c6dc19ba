import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cell, type Evaluation, evaluate, expectationsFor, findCells, kitRoot } from "../src/engine/index.ts";
import { compilers } from "../src/engine/compilers.ts";
import { checkProgram } from "../src/engine/tsc.ts";

// The mutation check: does the engine notice when a cell stops being the evidence its header says?
// For a sample of real cells that expect an error (and pass today), four mutants each, written to
// copies in the OS temp folder (real cells are never touched):
//   another-code  the header pins another code for the expected error
//   missing       the line with the expected error is emptied, so the error is gone
//   extra         a second error is added on the expected error's line
//   moved         an empty line is inserted above the expected error, so it moves one line down
// Every mutant must fail the engine. As evidence of what pinning buys, the same mutants are also
// written the way a bare `// @ts-expect-error` above each expected error line would pin them, and
// checked with plain tsc 7: a mutant is caught there when tsc reports anything in the file. (A
// directive cannot name a code, covers every error on its line, and reaches past blank and
// comment-only lines to the next line of code, so only the missing error is caught: TS2578.)
// One TS 7 run judges every control and mutant, and one more checks every directive version.

const SAMPLE = 4;
const mutations = ["another-code", "missing", "extra", "moved"] as const;
type Mutation = (typeof mutations)[number];
type Variant = "control" | Mutation;

interface Target {
  readonly cell: Cell;
  /** The expected error the mutants work on: one TS 7 expects in the cell's own file. */
  readonly code: number;
  readonly line: number;
}

/** The code edits, at the 0-based index of the expected error's line. */
function editCode(lines: string[], at: number, mutation: Variant): void {
  if (mutation === "missing") lines[at] = "";
  if (mutation === "extra") lines[at] += " void extraNameNobodyDeclared;";
  if (mutation === "moved") lines.splice(at, 0, "");
}

/** The cell's lines with `mutation` applied to the target error, pinned by its header. */
function pinnedMutant(lines: readonly string[], target: Target, mutation: Variant): string[] {
  const mutant = [...lines];
  if (mutation === "another-code") {
    const key = target.cell.header.expectFor.ts7 === undefined ? "expect" : "expect\\[ts7\\]";
    const pin = new RegExp(`^//\\s*${key}\\s*:\\s*error TS${target.code} at ${target.line} `);
    const header = mutant.findIndex((line) => pin.test(line));
    mutant[header] = mutant[header]!.replace(`TS${target.code}`, `TS${target.code === 2322 ? 2345 : 2322}`);
  }
  editCode(mutant, target.line - 1, mutation);
  return mutant;
}

/**
 * The same cell pinned by bare directives instead (`// @ts-expect-error` above every line TS 7
 * expects an error on), with the same mutation. A directive cannot name a code, so swapping the
 * code changes nothing; "moved" puts the empty line between the directive and its line.
 */
function directiveMutant(lines: readonly string[], expectedLines: readonly number[], target: Target, mutation: Variant): string[] {
  const mutant = [...lines];
  const directed = [...new Set(expectedLines)];
  for (const line of [...directed].sort((a, b) => b - a)) mutant.splice(line - 1, 0, "// @ts-expect-error");
  editCode(mutant, target.line - 1 + directed.filter((line) => line <= target.line).length, mutation);
  return mutant;
}

const ownErrors = (cell: Cell) =>
  expectationsFor(cell, "ts7").flatMap((e) => (e.kind === "error" && e.file === cell.file ? [e] : []));

/** Up to SAMPLE cells, taking design cells one design at a time, then single-file findings. */
function sampleOf(passing: readonly Cell[]): Cell[] {
  const groups = new Map<string, Cell[]>();
  for (const cell of passing) {
    const group = cell.kind === "scenario" ? cell.design : "~findings";
    groups.set(group, [...(groups.get(group) ?? []), cell]);
  }
  const ordered = [...groups.keys()].sort().map((key) => groups.get(key)!);
  const sample: Cell[] = [];
  for (let round = 0; sample.length < SAMPLE && ordered.some((group) => group.length > round); round++) {
    for (const group of ordered) if (group[round] !== undefined && sample.length < SAMPLE) sample.push(group[round]!);
  }
  return sample;
}

const temp = mkdtempSync(join(tmpdir(), "accessor-kit-mutants-"));
let targets: Target[] = [];
let judged: Evaluation;
const directiveCaught = new Map<string, boolean>();
const key = (variant: Variant, cell: Cell) => `${variant} ${cell.id}`;

beforeAll(async () => {
  const candidates = findCells(kitRoot).cells.filter(
    (cell) => ownErrors(cell).length > 0 && (cell.kind === "scenario" || cell.tsconfig === undefined),
  );
  const today = await evaluate({ cells: candidates, compilers: ["ts7"], runtime: false });
  targets = sampleOf(today.cells.filter((e) => e.compile.ts7?.pass === true).map((e) => e.cell)).map((cell) => {
    const errors = ownErrors(cell);
    const lines = readFileSync(cell.file, "utf8").split("\n");
    const target = errors.find((e) => lines[e.line - 1]!.trimEnd().endsWith(";")) ?? errors[0]!;
    return { cell, code: target.code, line: target.line };
  });

  // A kit-shaped tree per variant, <variant>/type-tests/<folder>/, each beside a link to one copy of
  // designs/; node_modules is linked so that what the kit resolves (expect-type, @types) resolves.
  writeFileSync(join(temp, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  symlinkSync(join(kitRoot, "node_modules"), join(temp, "node_modules"), "dir");
  cpSync(join(kitRoot, "designs"), join(temp, "designs"), { recursive: true });
  const directiveFiles = new Map<string, string>();
  for (const variant of ["control", ...mutations] as const) {
    for (const target of targets) {
      const lines = readFileSync(target.cell.file, "utf8").split("\n");
      writeCopy(variant, target.cell, pinnedMutant(lines, target, variant));
      const bare = writeCopy(`directive-${variant}`, target.cell, directiveMutant(lines, ownErrors(target.cell).map((e) => e.line), target, variant));
      directiveFiles.set(bare, key(variant, target.cell));
    }
  }

  const cells = ["control", ...mutations].flatMap((variant) => findCells(join(temp, variant)).cells);
  const [directives] = await Promise.all([
    checkProgram(compilers[0], { files: [...directiveFiles.keys()] }),
    evaluate({ cells, compilers: ["ts7"], runtime: false }).then((evaluation) => (judged = evaluation)),
  ]);
  for (const [file, id] of directiveFiles) directiveCaught.set(id, directives.diagnostics.some((d) => d.file === file));
}, 180_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Writes `lines` as the copy of `cell` in the tree `tree`, with the support files beside it. */
function writeCopy(tree: string, cell: Cell, lines: readonly string[]): string {
  const root = join(temp, tree);
  if (!existsSync(root)) {
    mkdirSync(join(root, "type-tests"), { recursive: true });
    symlinkSync(join(temp, "designs"), join(root, "designs"), "dir");
  }
  const copy = join(root, "type-tests", relative(join(kitRoot, "type-tests"), cell.file));
  mkdirSync(dirname(copy), { recursive: true });
  for (const support of readdirSync(dirname(cell.file))) {
    if (/^[^.]+\.[^/]+\.ts$/.test(support)) cpSync(join(dirname(cell.file), support), join(dirname(copy), support));
  }
  writeFileSync(copy, lines.join("\n"));
  return copy;
}

/** How each variant of each sample cell fared with the engine. */
function engineVerdicts(variant: Variant) {
  return targets.map((target) => {
    const found = judged.cells.find((e) => e.cell.id === target.cell.id && e.cell.file.includes(`/${variant}/type-tests/`));
    return { cell: target.cell.id, pass: found?.compile.ts7?.pass, problems: found?.compile.ts7?.problems };
  });
}

const caughtByDirective = (variant: Variant) => targets.filter((target) => directiveCaught.get(key(variant, target.cell))).length;

describe("the mutation check on a sample of real cells that expect an error", () => {
  it(`samples up to ${SAMPLE} cells that pass today`, () => {
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.length).toBeLessThanOrEqual(SAMPLE);
  });

  it("judges the unmutated copies exactly as the real cells, and a bare directive accepts them too", () => {
    expect(engineVerdicts("control").filter((verdict) => !verdict.pass)).toEqual([]);
    expect(caughtByDirective("control")).toBe(0);
  });

  it.each(mutations)("fails every %s mutant", (mutation) => {
    const verdicts = engineVerdicts(mutation);
    expect(verdicts.filter((verdict) => verdict.pass !== false)).toEqual([]);
    expect(verdicts.every((verdict) => verdict.problems!.length > 0)).toBe(true);
  });

  it("records what a bare @ts-expect-error catches of the same mutants: only the missing error", () => {
    const figures = Object.fromEntries(mutations.map((mutation) => [mutation, caughtByDirective(mutation)]));
    const total = targets.length * mutations.length;
    const engine = mutations.reduce((sum, mutation) => sum + engineVerdicts(mutation).filter((v) => v.pass === false).length, 0);
    console.info(
      `mutation check on ${targets.map((t) => t.cell.id).join(", ")}: the engine caught ${engine} of ${total} mutants; ` +
        `a bare @ts-expect-error caught ${Object.values(figures).reduce((a, b) => a + b, 0)} of ${total} ` +
        `(${mutations.map((m) => `${m} ${figures[m]}/${targets.length}`).join(", ")})`,
    );
    expect(figures).toEqual({ "another-code": 0, missing: targets.length, extra: 0, moved: 0 });
  });
});
