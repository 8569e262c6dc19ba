// What a crate's files may make rustc read, found in their text, for the one case rustc does not
// say: it writes its dep-info only after macro expansion, so a crate a macro refuses (the kit's
// `error nocode` twins: "no rules expected ...") leaves none. Module files are loaded during that
// expansion, so every file rustc read is among the ones named here:
// - a `#[path = "..."]` attribute's file, relative to the file naming it;
// - an `include!`'s file (read as Rust, whatever its name), an `include_str!`'s or
//   `include_bytes!`'s, each of a string literal, relative to it too;
// - for a `mod name;` at the top of a file, both places rustc looks beside it: the module's own
//   file and the `mod` file of the module's folder (and, for a file that is neither a crate root
//   nor a folder's `mod` file, the same two in the folder named after that file);
// (the caller adds their folders, as for dep-info's files). Comments are left out, and string
// literals (raw ones too) are read as literals. Anything the scan cannot follow makes the answer
// unknown, undefined, and the result is then not cached: an include of anything but a plain
// literal, a path attribute in another form (inside `cfg_attr`, a raw string), a `mod name;` inside
// braces (an inline module's folder, or a macro's body, which may expand anywhere), a `mod` of a
// macro variable, a `mod` in an included file, or a named file that is missing.

import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const PATH_ATTRIBUTE = /^#\s*\[\s*path\s*=\s*"([^"\\]*)"\s*\]$/;
const ATTRIBUTE = /#\s*!?\s*\[/g;
const INCLUDE = /\binclude(_str|_bytes)?!\s*[([{]\s*(?:"([^"\\]*)"\s*[)\]}])?/g;
const MOD_DECLARATION = /((?:#\s*\[[^\]]*\]\s*)*)(?:pub(?:\([^)]*\))?\s+)?mod\s+([A-Za-z_][A-Za-z0-9_]*)\s*;/g;
const MACRO_MOD = /\bmod\s+\$/;

/** Every file rustc may read compiling the crate whose root is `crateRoot`; undefined when that cannot be told from the text. */
export function filesNamedBy(crateRoot: string): string[] | undefined {
  const root = resolve(crateRoot);
  const inputs = new Set<string>([root]);
  const pending: { file: string; included: boolean }[] = [{ file: root, included: false }];
  const seen = new Set<string>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next.file)) continue;
    seen.add(next.file);
    let text: string;
    try {
      text = readFileSync(next.file, "utf8");
    } catch {
      return undefined;
    }
    const named = referencesIn(withoutComments(text), next.file, next.file === root, next.included);
    if (named === undefined) return undefined;
    for (const { path, kind } of named) {
      inputs.add(path);
      if (kind === "data") continue;
      if (isFile(path)) pending.push({ file: path, included: kind === "included" });
      else if (kind !== "candidate") return undefined;
    }
  }
  return [...inputs];
}

interface Reference {
  readonly path: string;
  /**
   * `module`: a path attribute's file, which must be there; `included`: an `include!`'s, read as
   * Rust; `data`: an `include_str!`'s or `include_bytes!`'s, not read as Rust; `candidate`: a place
   * rustc looks for a `mod`'s file, which may be absent.
   */
  readonly kind: "module" | "included" | "data" | "candidate";
}

function referencesIn(text: string, file: string, isCrateRoot: boolean, included: boolean): Reference[] | undefined {
  const folder = dirname(file);
  const code = withoutLiterals(text);
  const depth = braceDepths(code);
  const references: Reference[] = [];
  if (MACRO_MOD.test(code)) return undefined;
  for (const match of code.matchAll(ATTRIBUTE)) {
    const end = closingBracket(code, match.index + match[0].length);
    const attribute = text.slice(match.index, end + 1);
    if (!/\bpath\b/.test(code.slice(match.index, end + 1))) continue;
    const path = PATH_ATTRIBUTE.exec(attribute)?.[1];
    if (path === undefined || depth[match.index]! > 0) return undefined;
    references.push({ path: resolve(folder, path), kind: "module" });
  }
  for (const match of code.matchAll(INCLUDE)) {
    const literal = INCLUDE_LITERAL.exec(text.slice(match.index, match.index + match[0].length));
    if (literal === null) return undefined;
    references.push({ path: resolve(folder, literal[2]!), kind: literal[1] === undefined ? "included" : "data" });
  }
  const ownFolder = isCrateRoot || basename(file) === "mod.rs" ? folder : join(folder, basename(file, ".rs"));
  for (const match of code.matchAll(MOD_DECLARATION)) {
    if (included || depth[match.index]! > 0) return undefined;
    if (/\bpath\b/.test(match[1]!)) continue;
    const name = match[2]!;
    for (const base of new Set([folder, ownFolder])) {
      references.push({ path: join(base, `${name}.rs`), kind: "candidate" }, { path: join(base, name, "mod.rs"), kind: "candidate" });
    }
  }
  return references;
}

/** An include macro's whole call, its literal read from the text itself (the scan's copy has literals blanked). */
const INCLUDE_LITERAL = /^include(_str|_bytes)?!\s*[([{]\s*"([^"\\]*)"\s*[)\]}]$/;

/** How many braces are open at each position (literals and comments already blanked). */
function braceDepths(code: string): number[] {
  const depths = new Array<number>(code.length);
  let depth = 0;
  for (let index = 0; index < code.length; index++) {
    depths[index] = depth;
    if (code[index] === "{") depth++;
    else if (code[index] === "}") depth--;
  }
  return depths;
}

/** Where the bracket opened just before `from` closes (the text's end if it does not). */
function closingBracket(code: string, from: number): number {
  let depth = 1;
  for (let at = from; at < code.length; at++) {
    if (code[at] === "[") depth++;
    else if (code[at] === "]" && --depth === 0) return at;
  }
  return code.length - 1;
}

const RAW_STRING = /^(?:b|c)?r(#*)"/;
const CHAR_LITERAL = /^(?:b)?'(?:\\.[^']*|[^\\'])'/;

/**
 * The text with its comments blanked (spaces, line breaks kept, so every position stays where it
 * was; nested block comments too), its string, raw string and char literals kept.
 */
export function withoutComments(text: string): string {
  return blank(text, false);
}

/** The text with its comments and the insides of its literals blanked, positions kept: what is left is code. */
function withoutLiterals(text: string): string {
  return blank(text, true);
}

function blank(text: string, literals: boolean): string {
  let out = "";
  let at = 0;
  const spaces = (part: string) => part.replace(/[^\n]/g, " ");
  const literal = (length: number, open: number, close: number) => {
    const part = text.slice(at, at + length);
    out += literals ? part.slice(0, open) + spaces(part.slice(open, part.length - close)) + part.slice(part.length - close) : part;
    at += length;
  };
  while (at < text.length) {
    const rest = text.slice(at, at + 16);
    const raw = /^[A-Za-z0-9_]/.test(text[at - 1] ?? " ") ? null : RAW_STRING.exec(rest);
    if (raw !== null) {
      const close = `"${raw[1]}`;
      const end = text.indexOf(close, at + raw[0].length);
      const length = (end < 0 ? text.length : end + close.length) - at;
      literal(length, raw[0].length, end < 0 ? 0 : close.length);
    } else if (text[at] === '"' || (text[at] === "b" && text[at + 1] === '"' && !/[A-Za-z0-9_]/.test(text[at - 1] ?? " "))) {
      const open = text[at] === '"' ? 1 : 2;
      let end = at + open;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      literal(Math.min(end + 1, text.length) - at, open, end < text.length ? 1 : 0);
    } else if (text[at] === "'" || (text[at] === "b" && text[at + 1] === "'")) {
      // a char literal ('"' or '}' included), or a lifetime's quote
      const char = CHAR_LITERAL.exec(text.slice(at, at + 12))?.[0];
      if (char === undefined) {
        out += text[at];
        at++;
      } else literal(char.length, char.indexOf("'") + 1, 1);
    } else if (text.startsWith("//", at)) {
      const end = text.indexOf("\n", at);
      const stop = end < 0 ? text.length : end;
      out += spaces(text.slice(at, stop));
      at = stop;
    } else if (text.startsWith("/*", at)) {
      const from = at;
      let depth = 0;
      do {
        if (text.startsWith("/*", at)) (depth++, (at += 2));
        else if (text.startsWith("*/", at)) (depth--, (at += 2));
        else at++;
      } while (depth > 0 && at < text.length);
      out += spaces(text.slice(from, at));
    } else {
      out += text[at];
      at++;
    }
  }
  return out;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
