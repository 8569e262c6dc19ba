// Whole processes, timed from spawn to exit: wall time, and (through GNU time, where the machine has
// it) the CPU time and the peak resident memory of the largest process of the tree. Every figure of
// the main job compares such processes on both sides.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProcessRun {
  readonly wallMs: number;
  /** User + system CPU of the process and its children; NaN without GNU time. */
  readonly cpuMs: number;
  /** Peak resident memory of the largest process of the tree, MiB; NaN without GNU time. */
  readonly peakMiB: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const GNU_TIME = "/usr/bin/time";
export const measuresCpu = existsSync(GNU_TIME);

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

export function timeProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  const folder = mkdtempSync(join(tmpdir(), "accessor-kit-bench-"));
  const usage = join(folder, "usage");
  const [file, argv] = measuresCpu ? [GNU_TIME, ["-f", "%e %U %S %M", "-o", usage, command, ...args]] : [command, [...args]];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      let cpuMs = Number.NaN;
      let peakMiB = Number.NaN;
      if (measuresCpu && existsSync(usage)) {
        const fields = readFileSync(usage, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
        cpuMs = ((fields[1] ?? Number.NaN) + (fields[2] ?? Number.NaN)) * 1000;
        peakMiB = (fields[3] ?? Number.NaN) / 1024;
      }
      rmSync(folder, { recursive: true, force: true });
      done({ wallMs, cpuMs, peakMiB, code, stdout, stderr });
    });
  });
}

/** Runs the processes one after another, adding their times up (as a shell running them in turn would take). */
export async function timeInTurn(runs: readonly (() => Promise<ProcessRun>)[]): Promise<ProcessRun> {
  let total: ProcessRun = { wallMs: 0, cpuMs: 0, peakMiB: 0, code: 0, stdout: "", stderr: "" };
  for (const run of runs) {
    const one = await run();
    total = { wallMs: total.wallMs + one.wallMs, cpuMs: total.cpuMs + one.cpuMs, peakMiB: Math.max(total.peakMiB, one.peakMiB), code: one.code ?? total.code, stdout: "", stderr: "" };
  }
  return total;
}
