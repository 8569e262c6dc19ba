// Attempt: what a scenario tries, written once per language as a template that every design's cell
// (TypeScript) and twin (Rust) must follow. Only the template's holes may differ between designs,
// so a verdict can come from the design and never from how one design's attempt happened to be
// spelled.
//
// A template is the program after the file's header (its leading comment lines), with holes:
//   «name»        inside a line: any text on that line (the design's spelling of one thing)
//   «name»        alone on a line: any number of whole lines, none included (imports, assertions,
//                 the helpers a design's callers must write, such as a marker or an annotation)
//   «name:ident»  inside a line: one identifier (a function name, never type arguments)
//   «name:params» inside a line: more parameters, unannotated (`, use`), or none
//   «name:names»  inside a line: identifiers separated by commas (what a `use ...::{}` names)
//   «name:imports» alone on a line: import declarations only (from accessor-kit, expect-type or a
//                 relative module), so the wiring cannot smuggle code in
//   «name:uses»   alone on a line: `use design::...;` lines only
// A hole named twice must be filled with the same text both times. Blank lines and whole-line `//`
// comments are ignored on both sides, so a cell may explain itself anywhere; every other line is
// compared with its indentation trimmed.

import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarioById } from "./index.ts";

export type AttemptLanguage = "ts" | "rust";

/** The holes a file filled, by name, in template order. */
export type HoleFills = ReadonlyMap<string, string>;

export type AttemptMatch =
  | { readonly follows: true; readonly holes: HoleFills }
  | {
      readonly follows: false;
      /** 1-based line of the template that the file departs from (0 when the file has lines past its end). */
      readonly templateLine: number;
      /** 1-based line of the file where it departs; past its end when lines are missing. */
      readonly fileLine: number;
      readonly expected: string;
      readonly found: string;
    };

interface CodeLine {
  /** 1-based line in its file. */
  readonly line: number;
  readonly text: string;
}

const HOLE = /«([a-z][a-z0-9 -]*?)(?::(ident|params|names|imports|uses))?»/g;
const BLOCK_HOLE = /^«([a-z][a-z0-9 -]*?)(?::(imports|uses))?»$/;
const IDENT = "[A-Za-z_$][A-Za-z0-9_$]*";
/** What a hole of each kind may hold (inline kinds within a line, block kinds whole lines). */
const KINDS: Readonly<Record<string, string>> = {
  ident: IDENT,
  params: `(?:, ${IDENT})*`,
  names: `${IDENT}(?:, ${IDENT})*`,
  // import declarations only, from the kit, expect-type or a relative module (the design, a support module)
  imports: `(?:import [^;]*? from "(?:accessor-kit|expect-type|\\.{1,2}/[^"\\n]*)";\\n)*?`,
  // `use design::...;` lines only
  uses: `(?:use design::[^;\\n]*;\\n)*?`,
};

/** Where the program starts: after the leading comment lines (a cell's header, a twin's `//!` docs). */
function bodyStart(lines: readonly string[]): number {
  const index = lines.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("//"));
  return index === -1 ? lines.length : index;
}

/** The lines that are compared: the body's, without blank lines and whole-line comments, trimmed. */
export function codeLines(text: string): CodeLine[] {
  const lines = text.split(/\r?\n/);
  return lines
    .map((source, index) => ({ line: index + 1, text: source.trim() }))
    .slice(bodyStart(lines))
    .filter((line) => line.text !== "" && !line.text.startsWith("//"));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One regular expression per template line; each matches that line's share of the file's code lines
 * joined with "\n" (every line ending in one). Holes seen before become back-references.
 */
function linePatterns(template: readonly CodeLine[]): { patterns: string[]; names: string[] } {
  const names: string[] = [];
  const group = (name: string, pattern: string) => {
    const seen = names.indexOf(name);
    if (seen !== -1) return `\\${seen + 1}`;
    names.push(name);
    return `(${pattern})`;
  };
  const patterns = template.map(({ text }) => {
    const block = BLOCK_HOLE.exec(text);
    if (block !== null) return group(block[1]!, block[2] === undefined ? "(?:[^\\n]*\\n)*?" : KINDS[block[2]]!);
    let pattern = "";
    let last = 0;
    for (const hole of text.matchAll(HOLE)) {
      pattern += escape(text.slice(last, hole.index));
      pattern += group(hole[1]!, hole[2] === undefined ? "[^\\n]*?" : KINDS[hole[2]]!);
      last = hole.index + hole[0].length;
    }
    return `${pattern}${escape(text.slice(last))}\\n`;
  });
  return { patterns, names };
}

/** Whether `text` (a cell or twin, header included) follows `template`, and if not, where it departs. */
export function matchAttempt(template: string, text: string): AttemptMatch {
  const wanted = codeLines(template);
  const found = codeLines(text);
  const joined = found.map((line) => `${line.text}\n`).join("");
  const { patterns, names } = linePatterns(wanted);

  const whole = new RegExp(`^${patterns.join("")}$`).exec(joined);
  if (whole !== null) return { follows: true, holes: new Map(names.map((name, i) => [name, (whole[i + 1] ?? "").replace(/\n$/, "")])) };

  // The longest prefix of the template the file follows; the next template line is where it departs.
  let followed = 0;
  let consumed = 0;
  for (let count = 1; count <= patterns.length; count++) {
    const prefix = new RegExp(`^${patterns.slice(0, count).join("")}`).exec(joined);
    if (prefix === null) break;
    followed = count;
    consumed = prefix[0].split("\n").length - 1;
  }
  if (followed === wanted.length) {
    const next = found[consumed];
    return { follows: false, templateLine: 0, fileLine: next?.line ?? (found.at(-1)?.line ?? 0) + 1, expected: "(the end of the attempt)", found: next?.text ?? "" };
  }
  const departs = wanted[followed]!;
  // After a block hole the file may have any lines; name the one most like the line expected.
  const afterBlock = followed > 0 && BLOCK_HOLE.test(wanted[followed - 1]!.text);
  const next = afterBlock ? mostLike(departs.text, found.slice(consumed)) ?? found[consumed] : found[consumed];
  return { follows: false, templateLine: departs.line, fileLine: next?.line ?? (found.at(-1)?.line ?? 0) + 1, expected: departs.text, found: next?.text ?? "(the end of the file)" };
}

const tokens = (line: string) => new Set(line.replace(HOLE, " ").split(/[^\w]+/).filter((token) => token !== ""));

/** The line sharing the most words with `expected` (at least half of them), if any. */
function mostLike(expected: string, lines: readonly CodeLine[]): CodeLine | undefined {
  const wanted = tokens(expected);
  let best: { line: CodeLine; score: number } | undefined;
  for (const line of lines) {
    const score = [...tokens(line.text)].filter((token) => wanted.has(token)).length / Math.max(wanted.size, 1);
    if (score >= 0.5 && (best === undefined || score > best.score)) best = { line, score };
  }
  return best?.line;
}

/** Holes that only say where the design lives (imports, module paths), not how it spells the attempt. */
const WIRING_HOLES = new Set(["imports", "uses", "design", "kit names"]);

/**
 * The lines a design wrote into the attempt: every template line with a hole other than the
 * wiring ones, filled as the file fills it. Undefined when the file does not follow the template.
 */
export function designLines(template: string, text: string): string[] | undefined {
  const match = matchAttempt(template, text);
  if (!match.follows) return undefined;
  return codeLines(template).flatMap(({ text: line }) => {
    const names = [...line.matchAll(HOLE)].map((hole) => hole[1]!);
    if (names.length === 0 || names.every((name) => WIRING_HOLES.has(name))) return [];
    const filled = line.replace(HOLE, (_hole, name: string) => match.holes.get(name) ?? "");
    return filled.split("\n").map((part) => part.trim()).filter((part) => part !== "");
  });
}

/** A scenario's template for one language, read from its file. */
export interface AttemptTemplate {
  readonly scenario: string;
  readonly language: AttemptLanguage;
  /** Absolute path of the template file. */
  readonly file: string;
  readonly text: string;
}

/**
/** Where a template lives when it is not the kit's own scenario's `attempt.ts.tmpl` or `attempt.rs.tmpl`. */
export interface TemplateSource {
  /** The folder of a scenario a proposal brings, holding its templates. */
  readonly folder?: string;
  /** One of the other crates of a folder twin, whose template is `attempt.<crate>.rs.tmpl` (the judged crate follows `attempt.rs.tmpl`). */
  readonly crate?: string;
}

/**
 * The template a scenario's cells (`ts`) or twins (`rust`) follow; a kit scenario may share another's
 * TypeScript attempt.
 */
export function readAttemptTemplate(scenario: string, language: AttemptLanguage, source: TemplateSource = {}): AttemptTemplate {
  const owner = language === "ts" && source.folder === undefined ? (scenarioById(scenario)?.tsAttempt ?? scenario) : scenario;
  const file = source.folder === undefined ? attemptTemplatePath(owner, language, source.crate) : join(source.folder, templateName(language, source.crate));
  return { scenario: owner, language, file, text: readFileSync(file, "utf8") };
}

/**
/**
 * Where a cell or twin of `scenario` departs from the scenario's attempt (or from the template
 * `source` names, see readAttemptTemplate); undefined when it follows it. Given its design, it must
 * also be that design's attempt: a twin's `«design»` names it, and a cell imports no other kit design
 * (`../../designs/<id>.ts`).
 */
export function attemptDeparture(scenario: string, language: AttemptLanguage, text: string, design?: string, source: TemplateSource = {}): Departure | undefined {
  const template = readAttemptTemplate(scenario, language, source);
  const found = departure(template, text);
  if (found !== undefined || design === undefined) return found;
  const holes = (matchAttempt(template.text, text) as Extract<AttemptMatch, { follows: true }>).holes;
  const named = language === "rust" ? [holes.get("design") ?? design] : [...(holes.get("imports") ?? "").matchAll(/\.\.\/\.\.\/designs\/([\w-]+)\.ts/g)].map((m) => m[1]!);
  const other = named.find((name) => name !== design);
  if (other === undefined) return undefined;
  const line = text.split(/\r?\n/).findIndex((source) => source.includes(`designs/${other}.`)) + 1;
  return {
    line,
    template: template.file,
    templateLine: 0,
    expected: `the design ${design}`,
    found: `the design ${other}`,
    text: `line ${line} uses the design ${other}, not its own, ${design}`,
  };
}

/** `attempt.ts.tmpl`, `attempt.rs.tmpl`, or `attempt.<crate>.rs.tmpl` for one of a folder twin's other crates. */
export function templateName(language: AttemptLanguage, crate?: string): string {
  return language === "ts" ? "attempt.ts.tmpl" : crate === undefined ? "attempt.rs.tmpl" : `attempt.${crate}.rs.tmpl`;
}

/**
 * The holes a file still has, in order: a template's `«name»` markers left in its code lines (an
 * attempt scaffolded by `accessor-kit init` and not yet filled in).
 */
export function unfilledHoles(text: string): { readonly line: number; readonly hole: string }[] {
  return codeLines(text).flatMap(({ line, text: code }) => [...code.matchAll(HOLE)].map((hole) => ({ line, hole: hole[0] })));
}

/**
 * `src/scenarios/<id>/attempt.ts.tmpl`, `attempt.rs.tmpl` or `attempt.<crate>.rs.tmpl`, from the
 * kit's root (two folders up from this module, whether it runs from `src/scenarios/` or from the
 * package's `dist/scenarios/`).
 */
export function attemptTemplatePath(scenario: string, language: AttemptLanguage, crate?: string): string {
  return fileURLToPath(new URL(`../../src/scenarios/${scenario}/${templateName(language, crate)}`, import.meta.url));
}

/** Where a cell or twin departs from its scenario's attempt. */
export interface Departure {
  /** 1-based line of the file where it departs. */
  readonly line: number;
  /** The template and its line the file departs from (0: the file goes on past the attempt's end). */
  readonly template: string;
  readonly templateLine: number;
  readonly expected: string;
  readonly found: string;
  /** All of it in one line. */
  readonly text: string;
}

function departure(template: AttemptTemplate, text: string): Departure | undefined {
  const match = matchAttempt(template.text, text);
  if (match.follows) return undefined;
  const name = `${template.scenario}/${basename(template.file)}`;
  const where = match.templateLine === 0 ? `after the end of ${name}` : `${name}:${match.templateLine}`;
  return {
    line: match.fileLine,
    template: template.file,
    templateLine: match.templateLine,
    expected: match.expected,
    found: match.found,
    text: `line ${match.fileLine} departs from the scenario's attempt (${where}): expected \`${match.expected}\`, found \`${match.found}\``,
  };
}
