// Tsc: one compiler run over one program. The engine writes the program's tsconfig under
// node_modules/.cache/accessor-kit/ (the kit's compiler options; `accessor-kit` mapped to the kit's
// src/index.ts so cell folders outside the kit resolve it too), runs `tsc --pretty false
// --explainFiles` as a child process, and reads back the diagnostics (message chains included) and
// which file imports which (the compiler's own account, used to charge a design's errors to its cells).
// The compiler is verified from its package's package.json, not by running `tsc --version`.

import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, realpathSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Compiler } from "./compilers.ts";
import { EngineError, displayPath, firstLine } from "./errors.ts";
import { readTsconfigOverrides } from "./cells.ts";
import type { Diagnostic } from "./types.ts";

/** The kit's own folder: its tsconfig.json, src/index.ts and node_modules. */
export const kitRoot = fileURLToPath(new URL("../../", import.meta.url));

const cacheFolder = join(kitRoot, "node_modules", ".cache", "accessor-kit");

/** What one program checks: root files with the kit's options, or a finding folder's own tsconfig. */
export type Program = { readonly files: readonly string[] } | { readonly tsconfig: string };

export interface ProgramCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** Importer -> the files it imports, both absolute, as the compiler resolved them. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Verifies, without running it, that a compiler's `tsc` is the configured TypeScript: the
 * package.json of the package the entry point really lives in (symlinks resolved, so
 * `node_modules/.bin/tsc`, a link into TS 6's package, is seen as TS 6) must be `typescript` at the
 * configured version. Returns that version.
 */
export function verifyCompiler(compiler: Compiler): string {
  const bin = join(kitRoot, compiler.bin);
  if (!existsSync(bin)) throw new EngineError(`${compiler.id} is not usable: ${compiler.bin} does not exist`);
  const manifest = owningPackage(realpathSync(bin));
  const found = manifest === undefined ? "no package" : `${String(manifest.name)}@${String(manifest.version)}`;
  if (manifest?.name !== "typescript" || manifest.version !== compiler.version) {
    throw new EngineError(`${compiler.bin} belongs to ${found}, but ${compiler.id} must be typescript@${compiler.version}`);
  }
  return compiler.version;
}

/** The package.json of the package holding `file`: the nearest one in its folder or above. */
function owningPackage(file: string): { readonly name?: unknown; readonly version?: unknown } | undefined {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown; version?: unknown };
    if (dirname(folder) === folder) return undefined;
  }
}

export async function checkProgram(compiler: Compiler, program: Program): Promise<ProgramCheck> {
  const config = writeProgramConfig(program);
  try {
    const { code, stdout, stderr } = await runTsc(compiler, ["-p", config, "--pretty", "false", "--explainFiles"]);
    const check = parseTscOutput(stdout);
    if (code !== 0 && check.diagnostics.length === 0) {
      throw new EngineError(`${compiler.id} (${compiler.bin}) exited with ${code} and no diagnostics on ${"tsconfig" in program ? displayPath(program.tsconfig) : `a program of ${program.files.length} files`}: ${firstLine(stderr || stdout)}`);
    }
    return check;
  } finally {
    unlinkSync(config);
  }
}

/**
 * Writes the tsconfig of a program under node_modules/.cache/accessor-kit/ and returns its path: the
 * kit's compiler options (and a finding folder's own), nothing emitted, `accessor-kit` mapped to the
 * kit's src/index.ts. The caller deletes it when done.
 */
export function writeProgramConfig(program: Program): string {
  const options = { noEmit: true, paths: { "accessor-kit": [join(kitRoot, "src", "index.ts")] } };
  const base = join(kitRoot, "tsconfig.json");
  const config =
    "files" in program
      ? { extends: base, compilerOptions: options, files: program.files, include: [] }
      : { extends: [base, program.tsconfig], compilerOptions: options, ...ownFiles(program.tsconfig) };
  mkdirSync(cacheFolder, { recursive: true });
  const file = join(cacheFolder, `tsconfig.${randomUUID()}.json`);
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
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
    const child = spawn(process.execPath, [join(kitRoot, compiler.bin), ...args], { cwd: kitRoot });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => fail(new EngineError(`cannot run ${compiler.id} (${compiler.bin}): ${error.message}`)));
    child.on("close", (code, signal) => {
      const out = { code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") };
      if (signal !== null) fail(new EngineError(`${compiler.id} (${compiler.bin}) was killed by ${signal}`));
      else done(out);
    });
  });
}
