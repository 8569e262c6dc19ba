// Running a command as a user does, for the tests of the command line: its exit status (or the
// signal that ended it), stdout and stderr, without colors.

import { spawn, type ChildProcess } from "node:child_process";

export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly uid?: number;
  /** Called once the process has started, e.g. to signal it. */
  readonly started?: (child: ChildProcess) => void;
}

export function run(command: string, args: readonly string[], options: RunOptions): Promise<Run> {
  return new Promise((done, fail) => {
    const env = { ...process.env, NO_COLOR: "1", ...options.env };
    const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
    const child = spawn(command, args, { cwd: options.cwd, env, ...ids });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status, signal) => done({ status, signal, stdout, stderr }));
    options.started?.(child);
  });
}

/** The lines of a process's stderr, for the one-line checks. */
export function stderrLines(ran: Run): string[] {
  return ran.stderr.trimEnd().split("\n");
}
