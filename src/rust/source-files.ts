// What a crate's files may make rustc read, found in their text, for the one case rustc does not
// say: it writes its dep-info only after macro expansion, so a crate a macro refuses (the kit's
// `error nocode` twins: "no rules expected ...") leaves none. Module files are loaded during that
// expansion, so every file rustc read is among the ones named here:
// - a `#[path = "..."]` attribute's file, relative to the file naming it;
// - an `include!`, `include_str!` or `include_bytes!` of a string literal, relative to it too;
// - for `mod name;`, both places rustc looks: `name.rs` and `name/mod.rs` beside the file (for a
//   file that is not a crate root or mod.rs, also in the folder named after it);
// (the caller adds their folders, as for dep-info's files). A name rustc could compute
// (an include of anything but a literal), a named file that is missing, or a path attribute in a
// file with an inline module (rustc takes it relative to that module's folder) makes the answer
// unknown: undefined, and the result is then not cached.

import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const PATH_ATTRIBUTE = /#\s*\[\s*path\s*=\s*"([^"]*)"\s*\]/g;
const INCLUDE = /\binclude(?:_str|_bytes)?!\s*[([{]\s*("([^"]*)")?/g;
const INLINE_MODULE = /\bmod\s+[A-Za-z_][A-Za-z0-9_]*\s*\{/g;
const MOD_DECLARATION = /((?:#\s*\[[^\]]*\]\s*)*)(?:pub(?:\([^)]*\))?\s+)?mod\s+([A-Za-z_][A-Za-z0-9_]*)\s*;/g;

/** Every file rustc may read compiling the crate whose root is `crateRoot`; undefined when that cannot be told from the text. */
export function filesNamedBy(crateRoot: string): string[] | undefined {
  const files = new Set<string>();
  const inputs = new Set<string>();
  const pending = [resolve(crateRoot)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
    const named = referencesIn(withoutComments(text), file, file === resolve(crateRoot));
    if (named === undefined) return undefined;
    for (const { path, required } of named) {
      inputs.add(path);
      if (!path.endsWith(".rs")) continue;
      if (isReadable(path)) pending.push(path);
      else if (required) return undefined;
    }
  }
  for (const file of files) inputs.add(file);
  return [...inputs];
}

interface Reference {
  readonly path: string;
  /** A file rustc must find (a path attribute or an include); a `mod` candidate may be absent. */
  readonly required: boolean;
}

function referencesIn(text: string, file: string, isCrateRoot: boolean): Reference[] | undefined {
  const folder = dirname(file);
  const references: Reference[] = [];
  const inlineModules = [...text.matchAll(INLINE_MODULE)].map((match) => ({ from: match.index, to: closingBrace(text, match.index + match[0].length) }));
  for (const { 1: path, index } of text.matchAll(PATH_ATTRIBUTE)) {
    // Inside an inline module a path attribute is relative to the module's own folder: not followed here.
    if (inlineModules.some(({ from, to }) => index > from && index < to)) return undefined;
    references.push({ path: resolve(folder, path!), required: true });
  }
  for (const [, literal, path] of text.matchAll(INCLUDE)) {
    if (literal === undefined) return undefined;
    references.push({ path: resolve(folder, path!), required: true });
  }
  const ownFolder = isCrateRoot || basename(file) === "mod.rs" ? folder : join(folder, basename(file, ".rs"));
  for (const [, attributes, name] of text.matchAll(MOD_DECLARATION)) {
    if (/\bpath\s*=/.test(attributes!)) continue;
    for (const base of new Set([folder, ownFolder])) {
      references.push({ path: join(base, `${name}.rs`), required: false }, { path: join(base, name!, "mod.rs"), required: false });
    }
  }
  return references;
}

/** Where the brace block opened just before `from` closes (the text's end if it does not). */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let at = from; at < text.length; at++) {
    if (text[at] === "{") depth++;
    else if (text[at] === "}" && --depth === 0) return at;
  }
  return text.length;
}

const CHAR_LITERAL = /^'(?:\\.[^']*|[^\\'])'/;

/** The text with its comments blanked (a comment's words name no file rustc reads); string and char literals kept. */
export function withoutComments(text: string): string {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const c = text[at]!;
    if (c === '"') {
      let end = at + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      out += text.slice(at, end + 1);
      at = end + 1;
    } else if (c === "'") {
      // a char literal ('"' included) or a lifetime's quote
      const literal = CHAR_LITERAL.exec(text.slice(at, at + 12))?.[0] ?? "'";
      out += literal;
      at += literal.length;
    } else if (text.startsWith("//", at)) {
      const end = text.indexOf("\n", at);
      at = end < 0 ? text.length : end;
    } else if (text.startsWith("/*", at)) {
      let depth = 0;
      do {
        if (text.startsWith("/*", at)) (depth++, (at += 2));
        else if (text.startsWith("*/", at)) (depth--, (at += 2));
        else at++;
      } while (depth > 0 && at < text.length);
      out += " ";
    } else {
      out += c;
      at++;
    }
  }
  return out;
}

function isReadable(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
