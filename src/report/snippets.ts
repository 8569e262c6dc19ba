// Snippets: the TypeScript blocks of a doc, checked by the engine like any cell. Every ```ts block
// opens with a cell's header (`// scenario: <id>` and its `// expect:` lines, line numbers counted
// from the block's first line) and imports only `accessor-kit` and a design as a cell in
// type-tests/<design>/ would (`../../designs/<id>.ts`). Each block is written to a temporary cell
// outside the kit and compiled, never run (a snippet is an excerpt, with no `link()`); a block
// whose errors are not exactly what its header claims is a problem naming the doc's line.

import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CellFormatError, kitRoot, parseHeader, scratchSubfolder, type Cell, type Evaluation, type FindingCell, type ParsedHeader } from "../engine/index.ts";
import { displayPath } from "../engine/errors.ts";
import { scenarioById } from "../scenarios/index.ts";

export interface Snippet {
  /** 1-based line of the doc where the block's code starts (its line 1). */
  readonly line: number;
  readonly code: string;
}

const FENCE = /^```ts\s*$/;

export function findSnippets(markdown: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!FENCE.test(lines[index]!)) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith("```"));
    if (end === -1) break;
    snippets.push({ line: index + 2, code: lines.slice(index + 1, end).join("\n") });
    index = end;
  }
  return snippets;
}

const DESIGN_IMPORT = /(["'])\.\.\/\.\.\/designs\//g;
const OTHER_RELATIVE_IMPORT = /\bfrom\s+["']\.{1,2}\/(?!\.\.\/designs\/)/;

export interface SnippetCells {
  readonly cells: readonly FindingCell[];
  /** One line per snippet whose outcome is not what its header claims, naming the doc's line. */
  problems(evaluation: Evaluation): string[];
  /** Removes the temporary cells. */
  dispose(): void;
}

/** Writes each snippet of `doc` as a temporary cell; a snippet that breaks the format is a CellFormatError at the doc's line. */
export function snippetCells(markdown: string, doc: string): SnippetCells {
  const folder = scratchSubfolder("snippets-");
  const bySnippet = new Map<Cell, Snippet>();
  try {
    findSnippets(markdown).forEach((snippet, index) => {
      const name = `snippet-${index + 1}`;
      const fail = (line: number, problem: string) => new CellFormatError(doc, snippet.line + line - 1, `${name} ${problem}`);
      const file = join(folder, `${name}.ts`);
      const { subject, header } = parseSnippetHeader(snippet.code, file, fail);
      if (subject?.key !== "scenario" || scenarioById(subject.name) === undefined) throw fail(subject?.line ?? 1, `must open with "// scenario: <id>" naming a known scenario`);
      if (header.explored) throw fail(subject.line, `has no "// expect:" line: a doc's snippet states what the compiler does`);
      if (OTHER_RELATIVE_IMPORT.test(snippet.code)) throw fail(1, `imports a relative path other than ../../designs/<id>.ts`);
      writeFileSync(file, snippet.code.replace(DESIGN_IMPORT, `$1${kitRoot}designs/`));
      bySnippet.set({ kind: "finding", id: `${displayPath(doc)}#${name}`, file, header, finding: name }, snippet);
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    cells: [...bySnippet.keys()] as FindingCell[],
    problems: (evaluation) =>
      evaluation.cells.flatMap(({ cell, compile }) => {
        const snippet = bySnippet.get(cell);
        if (snippet === undefined) return [];
        return Object.values(compile).flatMap((result) => result.problems.map((problem) => `${displayPath(doc)}:${snippet.line}: ${cell.id} (${result.compiler}): ${problem}`));
      }),
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The engine's header parser, its errors moved to the doc's lines. */
function parseSnippetHeader(code: string, file: string, fail: (line: number, problem: string) => CellFormatError): ParsedHeader {
  try {
    return parseHeader(code, file);
  } catch (error) {
    if (error instanceof CellFormatError) throw fail(error.line ?? 1, error.problem);
    throw error;
  }
}
