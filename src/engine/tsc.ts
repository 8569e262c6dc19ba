// Tsc: one compiler run over one program. The engine writes the program's tsconfig under
// node_modules/.cache/accessor-kit/ (the kit's compiler options; `accessor-kit` mapped to the kit's
// src/index.ts so cell folders outside the kit resolve it too), runs `tsc --pretty false
// --explainFiles` as a child process, and reads back the diagnostics (message chains included) and
// which file imports which (the compiler's own account, used to charge a design's errors to its cells).

import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Compiler } from "./compilers.ts";
import { EngineError, displayPath } from "./errors.ts";
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

const versions = new Map<string, Promise<string>>();

/** Runs `tsc --version` (once per process and compiler) and refuses a compiler that is not the configured one. */
export function verifyCompiler(compiler: Compiler): Promise<string> {
  let version = versions.get(compiler.id);
  if (version === undefined) {
    version = runTsc(compiler, ["--version"]).then(({ stdout }) => {
      const printed = stdout.trim();
      if (printed !== `Version ${compiler.version}`) {
        throw new EngineError(`${compiler.bin} printed "${firstLine(printed)}" for --version, but ${compiler.id} must be Version ${compiler.version}`);
      }
      return compiler.version;
    });
    versions.set(compiler.id, version);
  }
  return version;
}

export async function checkProgram(compiler: Compiler, program: Program): Promise<ProgramCheck> {
  const config = writeConfig(program);
  const { code, stdout, stderr } = await runTsc(compiler, ["-p", config, "--pretty", "false", "--explainFiles"]);
  const check = parseTscOutput(stdout);
  if (code !== 0 && check.diagnostics.length === 0) {
    throw new EngineError(`${compiler.id} (${compiler.bin}) exited with ${code} and no diagnostics on ${displayPath(config)}: ${firstLine(stderr || stdout)}`);
  }
  unlinkSync(config);
  return check;
}

function writeConfig(program: Program): string {
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
      else if (code !== 0 && args[0] === "--version") fail(new EngineError(`${compiler.id} is not usable: ${compiler.bin} --version exited with ${code}: ${firstLine(out.stderr || out.stdout)}`));
      else done(out);
    });
  });
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0] ?? "";
}
