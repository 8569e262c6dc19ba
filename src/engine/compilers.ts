// Compilers: the TypeScript versions every cell is checked with. This is configuration: adding a
// version is one entry here (plus its npm alias in package.json, e.g. "ts58": "npm:typescript@5.8.3")
// and, in cells where it differs, `expect[<id>]:` lines. The first entry is the reference compiler:
// runtime checks run for the cells that compile on it.
//
// Each compiler's package is found the way Node finds any dependency of the kit: from the kit's
// folder up through every node_modules above it, so it is found wherever npm put it (inside the
// kit, hoisted into the project that installed it, or installed there as a peer). The package
// found must be `typescript` at the configured version: `node_modules/.bin/tsc` is never used (in
// this repository it links into TypeScript 6's package).

import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { EngineError } from "./errors.ts";
import { kitRoot } from "./package.ts";

export interface Compiler<Id extends string = string> {
  /** The name cells use in `expect[<id>]:` lines. */
  readonly id: Id;
  /** The npm package (or alias) holding this TypeScript. */
  readonly package: string;
  /** The version the package must have; the engine refuses any other. */
  readonly version: string;
  /** An optional compiler is left out, with a note, when it is not installed; a required one stops the run. */
  readonly optional?: boolean;
  /** How long it takes over a program relative to the others (default 1): orders programs never timed before. */
  readonly relativeCost?: number;
}

export const compilers = [
  { id: "ts7", package: "typescript", version: "7.0.2" },
  { id: "ts6", package: "ts6", version: "6.0.3", optional: true, relativeCost: 3 },
] as const satisfies readonly Compiler[];

export type CompilerId = (typeof compilers)[number]["id"];

export function isCompilerId(id: string): id is CompilerId {
  return compilers.some((compiler) => compiler.id === id);
}

/** A compiler found and verified: its `tsc` entry point and version. */
export interface LocatedCompiler {
  /** Absolute path of the package's `tsc` script, run with node. */
  readonly bin: string;
  readonly version: string;
  /**
   * TypeScript 7's native executable, which its `tsc` script finds and runs (on Node 20 from a node
   * process that waits for it): run directly, it needs no node process of its own. Absent for a
   * compiler written in JavaScript, or when the platform package is not the compiler's version.
   */
  readonly native?: string;
}

/**
 * The node options of a compiler's process written in JavaScript (TypeScript 6's tsc, its service):
 * V8's pool of background threads one fewer than this machine's cores, between 1 and node's default
 * of 4. A run keeps every core busy with processes of its own (the compilers, the proposal's runs,
 * the kit), so a compiler's concurrent marking and compiling compete with them for the cores:
 * threads beyond the cores only add the switching between them.
 */
export const compilerNodeOptions: readonly string[] = [`--v8-pool-size=${Math.max(1, Math.min(4, availableParallelism() - 1))}`];

const requireFromKit = createRequire(join(kitRoot, "package.json"));

/**
 * Finds a compiler's package through Node's module resolution from the kit's folder and verifies it
 * without running it. Throws an EngineError of one line naming what is missing or wrong, and how to
 * install the right one.
 */
export function locateCompiler(compiler: Compiler): LocatedCompiler {
  const key = `${compiler.package}@${compiler.version}`;
  const known = located.get(key);
  if (known !== undefined) return known;
  const found = locate(compiler);
  located.set(key, found);
  return found;
}

/** The compilers found in this process (each is looked for before every run of it). */
const located = new Map<string, LocatedCompiler>();

function locate(compiler: Compiler): LocatedCompiler {
  let manifestPath: string;
  try {
    manifestPath = requireFromKit.resolve(`${compiler.package}/package.json`);
  } catch {
    throw new EngineError(`${compiler.id} needs typescript@${compiler.version}, which is not installed where accessor-kit can find it: npm i -D ${installSpec(compiler)}`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { name?: unknown; version?: unknown; bin?: unknown };
  if (manifest.name !== "typescript" || manifest.version !== compiler.version) {
    throw new EngineError(`${compiler.id} needs typescript@${compiler.version}, but "${compiler.package}" is ${String(manifest.name)}@${String(manifest.version)} (${dirname(manifestPath)}): npm i -D ${installSpec(compiler)}`);
  }
  const tsc = typeof manifest.bin === "object" && manifest.bin !== null ? (manifest.bin as Record<string, unknown>)["tsc"] : undefined;
  const bin = typeof tsc === "string" ? join(dirname(manifestPath), tsc) : undefined;
  if (bin === undefined || !existsSync(bin)) throw new EngineError(`${compiler.id}: ${dirname(manifestPath)} has no tsc script`);
  const native = nativeExecutable(manifestPath, compiler.version);
  return { bin, version: compiler.version, ...(native === undefined ? {} : { native }) };
}

/**
 * The native `tsc` of a TypeScript 7 package: `lib/tsc` of its platform package
 * (`@typescript/typescript-<platform>-<arch>`, as the package's own lib/getExePath.js finds it), at
 * the package's version.
 */
function nativeExecutable(manifestPath: string, version: string): string | undefined {
  if (!existsSync(join(dirname(manifestPath), "lib", "getExePath.js")) || process.platform === "win32") return undefined;
  try {
    const platformManifest = createRequire(manifestPath).resolve(`@typescript/typescript-${process.platform}-${process.arch}/package.json`);
    const { version: platformVersion } = JSON.parse(readFileSync(platformManifest, "utf8")) as { version?: unknown };
    const executable = join(dirname(platformManifest), "lib", "tsc");
    if (platformVersion !== version) return undefined;
    accessSync(executable, constants.X_OK);
    return executable;
  } catch {
    return undefined;
  }
}

/** What `npm i` takes to install the compiler under its package name. */
export function installSpec(compiler: Compiler): string {
  return compiler.package === "typescript" ? `typescript@${compiler.version}` : `${compiler.package}@npm:typescript@${compiler.version}`;
}

/** Why a compiler cannot be used (the line `locateCompiler` would throw), or undefined when it can. */
export function compilerProblem(compiler: Compiler): string | undefined {
  try {
    locateCompiler(compiler);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
