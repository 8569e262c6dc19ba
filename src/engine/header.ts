// Header: the leading comment lines of a cell, parsed strictly. Every malformed key line is one
// CellFormatError naming file:line; other comment lines are prose and left alone.
//
//   // scenario: <id>            (or, in type-tests/findings/, // finding: <name>)
//   // expect: compiles
//   // expect: error TS<code> at [<file>:]<line> "<message fragment>"
//   // expect[<compiler id>]: ...  used for that compiler instead of the plain expect lines
//   // rust: compiles  |  rust: error E0308 E0515 nocode   (a claim, parsed by src/rust/claim.ts)
//   // run: fails "<error fragment>"   (a scenario cell's guest run must fail, saying the fragment)

import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseClaim } from "../rust/claim.ts";
import { compilers, isCompilerId, type CompilerId } from "./compilers.ts";
import { CellFormatError } from "./errors.ts";
import type { CellHeader, Expectation, RunExpectation, RustClaim } from "./types.ts";

/** The name a header gives its cell, and the line that gives it. */
export interface HeaderSubject {
  readonly key: "scenario" | "finding";
  readonly name: string;
  readonly line: number;
}

export interface ParsedHeader {
  readonly subject?: HeaderSubject;
  readonly header: CellHeader;
}

const KEY_LINE = /^\s*\/\/\s*(scenario|finding|expect|rust|run)\s*(?:\[([^\]]*)\])?\s*:(.*)$/;
const KEYS = ["scenario", "finding", "expect", "rust", "run"] as const;
/** A comment line shaped like a header key line: `// <word>[<anything>]: <value>`. */
const KEYLIKE_LINE = /^\s*\/\/\s*([A-Za-z][\w-]*)\s*(\[[^\]]*\]|\([^)]*\))?\s*:\s*(.*)$/;
const KEY_WITHOUT_COLON = /^\s*\/\/\s*(expect(?:\[[^\]]*\])?|rust)\s+(compiles|error)\b|^\s*\/\/\s*(run)\s+(fails)\s+"/;
const EXPECT_ERROR = /^error\s+TS(\d+)\s+at\s+(?:(\S+):)?(\d+)\s+"(.*)"$/;
const RUN_FAILS = /^fails\s+"(.*)"$/;
const NAME = /^[a-z0-9][a-z0-9-]*$/;

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The 1-based line where the code starts: the first line that is neither blank nor a `//` comment. */
function headerEnd(lines: readonly string[]): number {
  const index = lines.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("//"));
  return index === -1 ? lines.length + 1 : index + 1;
}

const SUPPRESSION = /\/[/*].*@ts-(expect-error|ignore|nocheck)\b/;

/**
 * The first line of `text` that silences the compiler (`@ts-expect-error`, `@ts-ignore`,
 * `@ts-nocheck`), as a CellFormatError, or undefined: a cell pins its diagnostics in its header, so a
 * directive that hides one would turn a refusal into "compiles" unseen.
 */
export function suppressionError(text: string, file: string): CellFormatError | undefined {
  const index = splitLines(text).findIndex((line) => SUPPRESSION.test(line));
  if (index === -1) return undefined;
  const directive = SUPPRESSION.exec(splitLines(text)[index]!)![1];
  return new CellFormatError(file, index + 1, `@ts-${directive} silences the compiler; a cell pins what it reports in its header instead`);
}

export function parseHeader(text: string, file: string): ParsedHeader {
  const lines = splitLines(text);
  const codeStarts = headerEnd(lines);
  const fail: (line: number, problem: string) => never = (line, problem) => {
    throw new CellFormatError(file, line, problem);
  };
  const suppression = suppressionError(text, file);
  if (suppression !== undefined) throw suppression;

  let subject: HeaderSubject | undefined;
  let rust: { claim: RustClaim; line: number } | undefined;
  let run: { expectation: RunExpectation; line: number } | undefined;
  const expect: { expectation: Expectation; line: number }[] = [];
  const expectFor = new Map<CompilerId, { expectation: Expectation; line: number }[]>();

  lines.forEach((source, index) => {
    const line = index + 1;
    const missingColon = KEY_WITHOUT_COLON.exec(source);
    if (missingColon !== null) {
      const [key, value] = missingColon[1] === undefined ? [missingColon[3], missingColon[4]] : [missingColon[1], missingColon[2]];
      fail(line, `"${key} ${value}" lacks its colon: write "${key}: ${value} ..."`);
    }
    const match = KEY_LINE.exec(source);
    if (match === null) {
      const nearMiss = line < codeStarts ? nearMissKey(source) : undefined;
      if (nearMiss !== undefined) fail(line, `"${nearMiss.written}:" is not a header key: write "${nearMiss.key}:" (the keys are scenario, finding, expect, expect[<compiler>], rust and run)`);
      return;
    }
    const [, key, bracket, rawValue] = match as unknown as [string, "scenario" | "finding" | "expect" | "rust" | "run", string | undefined, string];
    const value = rawValue.trim();
    if (line >= codeStarts) fail(line, `header line "${key}:" after the code starts at line ${codeStarts}: header lines come first`);
    if (bracket !== undefined && key !== "expect") fail(line, `"${key}" takes no [compiler]: only expect[<compiler>] does`);

    switch (key) {
      case "scenario":
      case "finding": {
        if (subject !== undefined) fail(line, `a second "${key}:" line (line ${subject.line} already names this cell)`);
        if (!NAME.test(value)) fail(line, `"${key}: ${value}" is not a ${key} id (lowercase letters, digits and dashes)`);
        subject = { key, name: value, line };
        return;
      }
      case "rust": {
        if (rust !== undefined) fail(line, `a second "rust:" line (line ${rust.line} already has one)`);
        const claim = parseClaim(value);
        if (typeof claim === "string") fail(line, `malformed rust line "${value}": ${claim}`);
        rust = { claim, line };
        return;
      }
      case "run": {
        if (run !== undefined) fail(line, `a second "run:" line (line ${run.line} already has one)`);
        const fails = RUN_FAILS.exec(value);
        if (fails === null) fail(line, `malformed run line "${value}": write 'fails "<fragment of the run's error>"' (a run that passes needs no line)`);
        if (fails[1]!.trim() === "") fail(line, `run line "${value}" has an empty fragment: quote part of the run's error`);
        run = { expectation: { kind: "fails", fragment: fails[1]! }, line };
        return;
      }
      case "expect": {
        const expectation = parseExpectation(value, file, lines.length, (problem) => fail(line, problem));
        if (bracket === undefined) {
          expect.push({ expectation, line });
        } else {
          const id = bracket.trim();
          if (!isCompilerId(id)) fail(line, `unknown compiler "${id}" in expect[${bracket}] (known: ${compilers.map((c) => c.id).join(", ")})`);
          const own = expectFor.get(id) ?? [];
          own.push({ expectation, line });
          expectFor.set(id, own);
        }
        return;
      }
    }
  });

  for (const set of [expect, ...expectFor.values()]) checkExpectationSet(set, fail);
  const firstOwn = [...expectFor.values()].flat().sort((a, b) => a.line - b.line)[0];
  if (firstOwn !== undefined && expect.length === 0) {
    const unjudged = compilers.filter((compiler) => !expectFor.has(compiler.id)).map((compiler) => compiler.id);
    if (unjudged.length > 0) fail(firstOwn.line, `no expect line covers ${unjudged.join(", ")}: add "expect:" lines or "expect[${unjudged[0]}]:" lines`);
  }
  if (expect.length > 0 && compilers.every((compiler) => expectFor.has(compiler.id))) {
    fail(expect[0]!.line, `this "expect:" line is never used: every compiler has expect[<compiler>] lines of its own`);
  }
  if (run !== undefined) checkRunLine(run.line, subject, expectFor.get(compilers[0].id) ?? expect.map((entry) => entry), fail);

  return {
    ...(subject === undefined ? {} : { subject }),
    header: {
      expect: expect.map((entry) => entry.expectation),
      expectFor: Object.fromEntries([...expectFor].map(([id, set]) => [id, set.map((entry) => entry.expectation)])),
      explored: expect.length === 0 && expectFor.size === 0,
      ...(rust === undefined ? {} : { rust: rust.claim }),
      ...(run === undefined ? {} : { run: run.expectation }),
    },
  };
}

/**
 * A header line whose key is a misspelling of a known one (`// Expect: compiles`, `// expects:
 * compiles`, `// scenaro: fresh-view`) and whose whole value reads like that key's: it would
 * otherwise be prose, and the cell silently explored. Prose such as `// Rust: compiles, with U = the
 * closure's return type` is left alone: its value is not a claim.
 */
function nearMissKey(source: string): { readonly written: string; readonly key: string } | undefined {
  const match = KEYLIKE_LINE.exec(source);
  if (match === null) return undefined;
  const [, word, bracket = "", value] = match as unknown as [string, string, string | undefined, string];
  const key = KEYS.find((known) => near(word.toLowerCase(), known));
  if (key === undefined) return undefined;
  const trimmed = value.trim();
  const valueLike: Readonly<Record<(typeof KEYS)[number], boolean>> = {
    expect: /^(compiles$|error\s+TS\d+\b)/.test(trimmed),
    rust: typeof parseClaim(trimmed) !== "string",
    run: /^fails\s+"/.test(trimmed),
    scenario: NAME.test(trimmed),
    finding: NAME.test(trimmed),
  };
  const claimLike = valueLike[key];
  return claimLike ? { written: `${word}${bracket}`, key: `${key}${key === "expect" ? bracket.replace(/^\((.*)\)$/, "[$1]") : ""}` } : undefined;
}

/** The same word but for case, a few trailing letters (`expects`, `expected`) or two typing slips. */
function near(word: string, key: string): boolean {
  if (word === key) return true;
  if (word.startsWith(key) && word.length - key.length <= 3) return true;
  return key.length >= 4 && editDistance(word, key) <= 2;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A `run:` line belongs to a scenario cell whose header says it compiles on the reference compiler
 * (the one whose compiling cells are run): otherwise nothing would run to fail.
 */
function checkRunLine(
  line: number,
  subject: HeaderSubject | undefined,
  reference: readonly { expectation: Expectation }[],
  fail: (line: number, problem: string) => never,
): void {
  if (subject?.key === "finding") fail(line, `"run:" in a finding: findings are only type-checked, nothing runs`);
  if (reference.length === 0 || reference.some((entry) => entry.expectation.kind !== "compiles")) {
    fail(line, `a "run:" line needs the cell to be expected to compile on ${compilers[0].id}: only a compiling cell's guest runs`);
  }
}

function parseExpectation(value: string, file: string, lineCount: number, fail: (problem: string) => never): Expectation {
  if (value === "compiles") return { kind: "compiles" };
  const match = EXPECT_ERROR.exec(value);
  if (match === null) fail(`malformed expect line "${value}": write "compiles" or 'error TS<code> at <line> "<message fragment>"'`);
  const [, code, at, line, fragment] = match as unknown as [string, string, string | undefined, string, string];
  if (fragment.trim() === "") fail(`expect line "${value}" has an empty message fragment: quote part of the compiler's message`);
  const target = at === undefined ? file : resolve(dirname(file), at);
  if (at !== undefined && !existsSync(target)) fail(`expect line names "${at}", which does not exist beside the cell`);
  const targetLines = at === undefined ? lineCount : splitLines(readFileSync(target, "utf8")).length;
  const lineNumber = Number(line);
  if (lineNumber < 1 || lineNumber > targetLines) fail(`expect line points at line ${lineNumber}, but ${at ?? "the cell"} has ${targetLines} lines`);
  return { kind: "error", code: Number(code), file: target, line: lineNumber, fragment };
}

function checkExpectationSet(set: readonly { expectation: Expectation; line: number }[], fail: (line: number, problem: string) => never): void {
  const compiles = set.filter((entry) => entry.expectation.kind === "compiles");
  if (compiles.length > 0 && set.length > 1) {
    const clash = set.find((entry) => entry !== compiles[0])!;
    fail(clash.line, `"compiles" and other expectations for the same compiler (lines ${compiles[0]!.line} and ${clash.line})`);
  }
}
