// Confinement: what every process running a proposal's code gets (a cell's run in cell-process.ts,
// a proposal design's host-call measurement in src/costs): Node's permission model where this node
// has it (reads anywhere, writes only inside the proposal's folder and the process's own temporary
// folder), a V8 heap limit, and, once the TypeScript loader is set up, no new processes or workers
// for the proposal's code. Each caller adds its own time limit. This stops a proposal's mistakes,
// not a determined attacker (docs/proposals.md).

import childProcess from "node:child_process";
import { mkdirSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import workerThreads from "node:worker_threads";
import { cacheFolder } from "./scratch.ts";

export interface RunLimits {
  /** Per run, from the moment its process starts running the proposal's code. */
  readonly timeoutMs: number;
  /** The V8 heap limit of each process (`--max-old-space-size`). */
  readonly memoryMb: number;
}

export const DEFAULT_LIMITS: RunLimits = { timeoutMs: 10_000, memoryMb: 512 };

/** How long a confined process may take to load the kit before the time limit starts (it is the kit's code, but the machine may be loaded). */
export const STARTUP_MS = 120_000;

/** How a process for the proposal in `folder` is started: its node flags and its environment. */
export function confinedProcess(folder: string, limits: RunLimits): { readonly execArgv: string[]; readonly env: NodeJS.ProcessEnv } {
  const temporary = childTemporaryFolder();
  return {
    execArgv: [...permissionFlags([folder, temporary]), `--max-old-space-size=${limits.memoryMb}`],
    env: { ...process.env, TMPDIR: temporary },
  };
}

/**
 * Node's permission model, where this node has it (Node 20 names it --experimental-permission):
 * reads anywhere (the kit, node_modules, the proposal), writes only in `writable`. Workers and child
 * processes stay allowed by it, because the TypeScript loader needs them (the module hooks' thread,
 * and esbuild's service process under tsx); refuseProcesses refuses both to the proposal's code.
 */
function permissionFlags(writable: readonly string[]): string[] {
  const flags = process.allowedNodeEnvironmentFlags;
  const permission = ["--permission", "--experimental-permission"].find((flag) => flags.has(flag));
  if (permission === undefined) return [];
  const quiet = flags.has("--disable-warning") ? ["--disable-warning=ExperimentalWarning", "--disable-warning=SecurityWarning"] : [];
  return [permission, "--allow-fs-read=*", ...writable.map((folder) => `--allow-fs-write=${folder}`), "--allow-worker", "--allow-child-process", ...quiet];
}

/** The confined processes' temporary folder (their TMPDIR; tsx keeps its compiled files there), under the cache folder. */
function childTemporaryFolder(): string {
  const folder = join(cacheFolder(), "child-tmp");
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * Refuses the proposal's code new processes and workers, once the module loader (which runs esbuild's
 * service process on a thread of its own) is set up: the permission model cannot, since the loader
 * needs both. Called in the confined process itself.
 */
export function refuseProcesses(): void {
  const refuse = (what: string) =>
    function refused(): never {
      throw Object.assign(new Error(`${what} is refused to a proposal's code`), { code: "ERR_ACCESS_DENIED", permission: "ChildProcess", resource: what });
    };
  const spawning = childProcess as unknown as Record<string, unknown>;
  for (const name of ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]) spawning[name] = refuse(`child_process.${name}`);
  (workerThreads as { Worker: unknown }).Worker = refuse("new Worker");
  syncBuiltinESMExports();
}
