// Program: a compiler (or tsd, or a TypeScript module) run in a node process, timed from spawn to exit. The files are
// checked with the kit's compiler options, through the program config the engine writes (its
// tsconfig.json, `accessor-kit` mapped to the kit); nothing is emitted.

import { execFile } from "node:child_process";
import { unlinkSync } from "node:fs";
import { promisify } from "node:util";
import { type Compiler, type CompilerId, compilers, kitNodeOptions, kitRoot, locateCompiler, writeProgramConfig } from "../engine/index.ts";

export interface Run {
  /** Wall time from spawn to exit. */
  readonly ms: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const execute = promisify(execFile);

/** The node options that let a process run the kit's modules (the engine's `kitNodeOptions`). */
export const loadTypeScript: readonly string[] = kitNodeOptions;

/** Runs `node <args>` in the kit root; a non-zero exit is a result, not an error. */
export async function runNode(args: readonly string[]): Promise<Run> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await execute(process.execPath, args, { cwd: kitRoot, maxBuffer: 64 * 1024 * 1024 });
    return { ms: performance.now() - started, code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { ms: performance.now() - started, code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/**
 * `tsc -p <config of files> --pretty false <args>`: `files` checked with the kit's compiler options,
 * `accessor-kit` mapped to the kit (the engine's program config), so files anywhere on disk resolve it.
 */
export async function checkFiles(compiler: Compiler, files: readonly string[], args: readonly string[] = []): Promise<Run> {
  const config = writeProgramConfig({ files });
  try {
    return await runNode([locateCompiler(compiler).bin, "-p", config, "--pretty", "false", ...args]);
  } finally {
    unlinkSync(config);
  }
}

/** A configured compiler by id. */
export function compiler(id: CompilerId): Compiler {
  return compilers.find((configured) => configured.id === id)!;
}
