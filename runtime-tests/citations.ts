// Citations inside the repository: where the kit's prose points at something of its own (a file, a
// finding cell, a step of docs/history.md, a markdown link), that thing must exist. The canonical
// forms are repository paths (`rust/designs/get-host.rs`, `docs/history.md#d3-gethost-with-the-forwarding-opt-out`),
// `findings/<name>` for a cell under type-tests/findings/, and D1, D2a, ... for the steps of
// docs/history.md. Citations outside the repository (wasmtime #8382, rust-lang/rust#58052, a
// wasmtime path qualified by its tag, `v22:RELEASES.md`) are not checked here.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, posix } from "node:path";

/** A reference to something inside the repository that does not resolve. */
export interface DanglingCitation {
  readonly file: string;
  readonly line: number;
  readonly citation: string;
  readonly problem: string;
}

/** What the check needs to know about the repository. */
export interface Repository {
  /** Whether a repository-relative path (file or folder) exists. */
  has(path: string): boolean;
  /** Whether some file of the repository has this base name. */
  hasFileNamed(name: string): boolean;
  /** The anchors of a markdown file's headings, GitHub style. */
  anchors(path: string): ReadonlySet<string>;
  /** The step ids (D1, D2a, ...) that head a section of docs/history.md. */
  historySteps(): ReadonlySet<string>;
}

export const HISTORY = "docs/history.md";

/** The folders and files whose prose is checked. */
export const SCANNED = ["type-tests", "rust", "designs", "src", "docs", "README.md"];

const topLevel = ["src", "designs", "type-tests", "runtime-tests", "rust", "docs", "guests", "bench"];
const fileExtensions = ["md", "txt", "rs", "ts", "sh", "wat", "json"];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of every heading in a markdown text, numbered as GitHub numbers repeated ones. */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const line of outsideFences(markdown)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line.text);
    if (!heading) continue;
    const base = anchorOf(heading[1] ?? "");
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

/** The step ids that start a heading of the history, `## D3: GetHost ...` giving D3. */
export function stepsIn(history: string): Set<string> {
  const steps = new Set<string>();
  for (const line of outsideFences(history)) {
    const step = /^#{1,6}\s+(D\d+[a-z]?)\b/.exec(line.text);
    if (step?.[1]) steps.add(step[1]);
  }
  return steps;
}

interface ProseLine {
  readonly line: number;
  readonly text: string;
}

/** A markdown text cut into its runs of prose and its fenced code blocks (fence lines left out). */
function* partsOf(markdown: string): Generator<{ readonly code: boolean; readonly lines: ProseLine[] }> {
  let part = { code: false, lines: [] as ProseLine[] };
  for (const [index, text] of markdown.split("\n").entries()) {
    if (/^\s*(```|~~~)/.test(text)) {
      yield part;
      part = { code: !part.code, lines: [] };
    } else part.lines.push({ line: index + 1, text });
  }
  yield part;
}

function outsideFences(markdown: string): ProseLine[] {
  return [...partsOf(markdown)].flatMap((part) => (part.code ? [] : part.lines));
}

/**
 * The prose of a file: a markdown file's text outside code blocks plus the comments inside them,
 * a source file's comments. Code is left alone: a path built in a template string is not a citation.
 */
export function proseOf(path: string, text: string): ProseLine[] {
  if (!path.endsWith(".md")) return commentsOf(text.split("\n").map((line, index) => ({ line: index + 1, text: line })));
  return [...partsOf(text)].flatMap((part) => (part.code ? commentsOf(part.lines) : part.lines));
}

function commentsOf(lines: readonly ProseLine[]): ProseLine[] {
  const comments: ProseLine[] = [];
  let inBlock = false;
  for (const { line, text } of lines) {
    if (inBlock) {
      const end = text.indexOf("*/");
      comments.push({ line, text: end < 0 ? text : text.slice(0, end) });
      inBlock = end < 0;
      continue;
    }
    const lineComment = /(?<![:/])\/\/(.*)$/.exec(text);
    const blockStart = text.indexOf("/*");
    if (blockStart >= 0 && (!lineComment || blockStart < lineComment.index)) {
      const rest = text.slice(blockStart + 2);
      const end = rest.indexOf("*/");
      comments.push({ line, text: end < 0 ? rest : rest.slice(0, end) });
      inBlock = end < 0;
    } else if (lineComment) comments.push({ line, text: lineComment[1] ?? "" });
  }
  return comments;
}

/** A citation found at `index` of a file's prose that does not resolve. */
interface Unresolved {
  readonly index: number;
  readonly citation: string;
  readonly problem: string;
}

type Check = (prose: string, file: string, repo: Repository) => Iterable<Unresolved>;

/** `findings B4(i)`, `finding A3c`: ids of notes kept outside the repository. */
const findingIds: Check = function* (prose) {
  for (const match of prose.matchAll(/\b[Ff]indings?\b[\s(:]*([A-Z]\d+[a-z]?(?:\s*\([ivx]+\))?)/g)) {
    const citation = match[0].replace(/\s+/g, " ");
    yield { index: match.index, citation, problem: "names a finding by an id no file carries; cite findings/<name> (a cell under type-tests/findings/)" };
  }
};

/** `findings/<name>`: a cell or folder under type-tests/findings/. */
const findingNames: Check = function* (prose, _file, repo) {
  for (const match of prose.matchAll(/(?<![\w./-])findings\/([\w.-]*[\w-])/g)) {
    const name = (match[1] ?? "").replace(/\.(ts|rs)$/, "");
    if (!repo.has(`type-tests/findings/${name}`) && !repo.has(`type-tests/findings/${name}.ts`)) {
      yield { index: match.index, citation: match[0], problem: `no finding type-tests/findings/${name}` };
    }
  }
};

/** "history notes" must say which: docs/history.md. */
const historyNotes: Check = function* (prose) {
  for (const match of prose.matchAll(/history\s+notes/gi)) {
    const around = prose.slice(match.index, match.index + match[0].length + 80);
    if (!around.includes("history.md")) yield { index: match.index, citation: "history notes", problem: `points at no file; link ${HISTORY}` };
  }
};

/** D1, D2a, ...: a step of docs/history.md. */
const historySteps: Check = function* (prose, _file, repo) {
  const steps = repo.historySteps();
  for (const match of prose.matchAll(/\bD\d+[a-z]?\b/g)) {
    if (!steps.has(match[0])) yield { index: match.index, citation: match[0], problem: `no step ${match[0]} in ${HISTORY}` };
  }
};

const pathPattern = new RegExp(`(?<![\\w./@:-])((?:${topLevel.join("|")})/[\\w./<>\${}*#-]*)`, "g");

/** `rust/designs/get-host.rs`, `docs/history.md#d7-hasdata`: repository paths, read from the root. */
const repositoryPaths: Check = function* (prose, _file, repo) {
  for (const match of prose.matchAll(pathPattern)) {
    const citation = (match[1] ?? "").replace(/[.,;:)`]+$/, "");
    const problem = resolve(citation, repo);
    if (problem) yield { index: match.index, citation, problem };
  }
};

const tagQualified = /(?:\bv\d+(?:\.\d+)*|\b[0-9a-f]{7,40}):`?$/;
const namePattern = new RegExp(`(?<![\\w./@:-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:${fileExtensions.join("|")})\\b(?![/\\w-]|\\.\\w)`, "g");

/** `typescript-findings.md`, `get_host.rs`: a bare file name must be one of the repository's own. */
const fileNames: Check = function* (prose, _file, repo) {
  for (const match of prose.matchAll(namePattern)) {
    if (tagQualified.test(prose.slice(Math.max(0, match.index - 48), match.index))) continue;
    if (!repo.hasFileNamed(match[0])) {
      yield { index: match.index, citation: match[0], problem: "no file of this name in the repository (a file of another repository is cited as <tag>:<path>)" };
    }
  }
};

/** `[text](target)`: relative to the file; `#anchor` must be a heading. */
const markdownLinks: Check = function* (prose, file, repo) {
  for (const match of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1] ?? "";
    if (/^[a-z]+:/i.test(target)) continue;
    const [path = "", anchor] = target.split("#");
    const resolved = path === "" ? file : posix.normalize(posix.join(posix.dirname(file), path));
    const problem = resolve(anchor === undefined ? resolved : `${resolved}#${anchor}`, repo);
    if (problem) yield { index: match.index, citation: target, problem };
  }
};

function resolve(cited: string, repo: Repository): string | undefined {
  const [rawPath = "", anchor] = cited.split("#");
  const placeholder = rawPath.search(/[<>${}*]/);
  const path = placeholder < 0 ? rawPath : rawPath.slice(0, rawPath.lastIndexOf("/", placeholder) + 1);
  const bare = path.replace(/\/$/, "");
  if (!repo.has(bare)) return `no ${path.endsWith("/") ? "folder" : "file"} ${bare}`;
  if (anchor !== undefined && placeholder < 0 && bare.endsWith(".md") && !repo.anchors(bare).has(anchor)) {
    return `no heading #${anchor} in ${bare}`;
  }
  return undefined;
}

const checks: readonly Check[] = [findingIds, findingNames, historyNotes, historySteps, repositoryPaths, fileNames, markdownLinks];

/**
 * The dangling citations in one file's prose. The prose is read as one text, so a citation wrapped
 * onto the next comment line is still one citation; each is reported at the line it starts on.
 */
export function danglingCitations(file: string, text: string, repo: Repository): DanglingCitation[] {
  const lines = proseOf(file, text);
  const starts: number[] = [];
  let prose = "";
  for (const { text: fragment } of lines) {
    starts.push(prose.length);
    prose += `${fragment}\n`;
  }
  const lineAt = (index: number) => {
    let fragment = 0;
    while (fragment + 1 < starts.length && (starts[fragment + 1] ?? 0) <= index) fragment++;
    return lines[fragment]?.line ?? 1;
  };
  return checks.flatMap((check) =>
    [...check(prose, file, repo)].map(({ index, citation, problem }) => ({ file, line: lineAt(index), citation, problem })),
  ).sort((a, b) => a.line - b.line);
}

/** The repository on disk, with node_modules left out. */
export function repositoryAt(root: string): Repository & { files(under: readonly string[]): string[] } {
  const all = walk(root, "");
  const names = new Set(all.map((path) => basename(path)));
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (path: string) => {
    let found = anchorCache.get(path);
    if (!found) anchorCache.set(path, (found = anchorsIn(readFileSync(join(root, path), "utf8"))));
    return found;
  };
  let steps: Set<string> | undefined;
  return {
    has: (path) => path === "" || existsSync(join(root, path)),
    hasFileNamed: (name) => names.has(name),
    anchors,
    historySteps: () => (steps ??= existsSync(join(root, HISTORY)) ? stepsIn(readFileSync(join(root, HISTORY), "utf8")) : new Set()),
    files: (under) => all.filter((path) => under.some((top) => path === top || path.startsWith(`${top}/`))),
  };
}

function walk(root: string, under: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, under))) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const path = under === "" ? entry : `${under}/${entry}`;
    if (statSync(join(root, path)).isDirectory()) files.push(...walk(root, path));
    else files.push(path);
  }
  return files;
}
