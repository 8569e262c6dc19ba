// Tsc: one compiler run over one program. The engine writes the program's tsconfig in its scratch
// folder (the kit's compiler options; `accessor-kit` mapped to the kit's sources or declarations, so
// cell folders outside the kit resolve it too), runs `tsc --pretty false --explainFiles` as a child
// process, and reads back the diagnostics (message chains included) and which file imports which
// (the compiler's own account, used to charge a design's errors to its cells).

import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { locateCompiler, type Compiler } from "./compilers.ts";
import { EngineError, displayPath, firstLine } from "./errors.ts";
import { readTsconfigOverrides } from "./cells.ts";
import { cellPackages, fromSources, kitRoot, kitTypes } from "./package.ts";
import { scratchFolder } from "./scratch.ts";
import type { Diagnostic } from "./types.ts";

/** What one program checks: root files with the kit's options, or a finding folder's own tsconfig. */
export type Program = { readonly files: readonly string[] } | { readonly tsconfig: string };

export interface ProgramCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** Importer -> the files it imports, both absolute, as the compiler resolved them. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
}

export async function checkProgram(compiler: Compiler, program: Program): Promise<ProgramCheck> {
  const config = writeProgramConfig(program);
  try {
    const { code, stdout, stderr } = await runTsc(compiler, ["-p", config, "--pretty", "false", "--explainFiles"]);
    const check = parseTscOutput(stdout);
    if (code !== 0 && check.diagnostics.length === 0) {
      throw new EngineError(`${compiler.id} (${displayPath(locateCompiler(compiler).bin)}) exited with ${code} and no diagnostics on ${"tsconfig" in program ? displayPath(program.tsconfig) : `a program of ${program.files.length} files`}: ${firstLine(stderr || stdout)}`);
    }
    return check;
  } finally {
    unlinkSync(config);
  }
}

/**
 * Writes the tsconfig of a program in the scratch folder and returns its path: the kit's compiler
 * options (and a finding folder's own), nothing emitted, `accessor-kit` mapped to the kit (and the
 * packages cells may import, to the kit's copies). The caller deletes it when done.
 */
export function writeProgramConfig(program: Program): string {
  const packages = Object.fromEntries([...cellPackages].map(([name, { folder }]) => [name, [folder]]));
  const options = { noEmit: true, paths: { "accessor-kit": [kitTypes], ...packages }, ...kitTypeLibraries() };
  const base = join(kitRoot, "tsconfig.json");
  const config =
    "files" in program
      ? { extends: base, compilerOptions: options, files: program.files, include: [] }
      : { extends: [base, program.tsconfig], compilerOptions: options, ...ownFiles(program.tsconfig) };
  const file = join(scratchFolder(), `tsconfig.${randomUUID()}.json`);
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/**
 * The global type libraries a program needs for the kit: its sources use Node's (found where the
 * kit's own node_modules has them, since the config lies elsewhere); its declarations need none.
 */
function kitTypeLibraries(): { types: string[]; typeRoots?: string[] } {
  if (!fromSources) return { types: [] };
  const nodeTypes = createRequire(join(kitRoot, "package.json")).resolve("@types/node/package.json");
  return { types: ["node"], typeRoots: [dirname(dirname(nodeTypes))] };
}

/** A finding folder's files: its tsconfig's own `files`/`include` where it has them, else the whole folder. */
function ownFiles(tsconfig: string): { include?: string[] } {
  const own = readTsconfigOverrides(tsconfig);
  if (own.include !== undefined) return {};
  return own.files !== undefined ? { include: [] } : { include: [join(dirname(tsconfig), "**", "*")] };
}

const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error TS(\d+): (.*)$/;
const GLOBAL_DIAGNOSTIC = /^error TS(\d+): (.*)$/;
const FROM_FILE = / from file '(.+?)'(?: with packageId .*)?$/;

/**
 * Reads `tsc --pretty false --explainFiles` output: diagnostics (`file(line,col): error TSn: text`,
 * then indented lines of the message chain), then one block per program file (its path, then
 * indented lines saying why it is included, e.g. `Imported via "x" from file 'y'`). Paths are
 * relative to the kit root, where tsc runs.
 */
export function parseTscOutput(output: string): ProgramCheck {
  const diagnostics: { file: string; line: number; column: number; code: number; message: string[] }[] = [];
  const imports = new Map<string, Set<string>>();
  let current: { readonly chain: string[] } | { readonly file: string } | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const located = DIAGNOSTIC.exec(line);
    const global = located === null ? GLOBAL_DIAGNOSTIC.exec(line) : null;
    if (located !== null || global !== null) {
      const [file, row, column, code, text] = located !== null ? located.slice(1) : ["", "0", "0", ...global!.slice(1)];
      const diagnostic = { file: file === "" ? "" : resolve(kitRoot, file!), line: Number(row), column: Number(column), code: Number(code), message: [text!] };
      diagnostics.push(diagnostic);
      current = { chain: diagnostic.message };
    } else if (!/^\s/.test(line)) {
      current = { file: resolve(kitRoot, line.trim()) };
    } else if (current !== undefined && "chain" in current) {
      current.chain.push(line.trim());
    } else if (current !== undefined) {
      const importer = FROM_FILE.exec(line)?.[1];
      if (importer === undefined) continue;
      const from = resolve(kitRoot, importer);
      imports.set(from, (imports.get(from) ?? new Set()).add(current.file));
    }
  }
  return { diagnostics: diagnostics.map((d) => ({ ...d, message: d.message.join("\n") })), imports };
}

interface TscOutput {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runTsc(compiler: Compiler, args: readonly string[]): Promise<TscOutput> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [locateCompiler(compiler).bin, ...args], { cwd: kitRoot });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => fail(new EngineError(`cannot run ${compiler.id}: ${error.message}`)));
    child.on("close", (code, signal) => {
      const out = { code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") };
      if (signal !== null) fail(new EngineError(`${compiler.id} was killed by ${signal}`));
      else done(out);
    });
  });
}
