// Machine: what the figures were measured on, printed beside them (speed figures mean little
// without the machine, and on a shared machine without its load), and the one CPU the processes
// timed against each other are pinned to: the cores of a virtual machine need not run alike (on
// the 2-core machine this kit is developed on, the direct-import loop took 9 ns a call on one core and
// 7 on the other, run after run), so two processes timed in turn on different cores would measure the cores.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  /** 1-minute load average when asked. */
  readonly load: number;
}

export function machine(): Machine {
  return { cpu: cpus()[0]?.model.trim() ?? "unknown cpu", cores: availableParallelism(), node: process.version, load: loadavg()[0]! };
}

/** `Intel(R) Xeon(R) Processor, 2 cores, node v20.20.2, load average 5.02`. */
export function describeMachine(m: Machine = machine()): string {
  return `${m.cpu}, ${m.cores} cores, node ${m.node}, load average ${m.load.toFixed(2)}`;
}

/** What a cached figure was measured on, as far as it decides the figure: the processor, the cores, node (not the load). */
export function measuredOn(): Pick<Machine, "cpu" | "cores" | "node"> {
  const { cpu, cores, node } = machine();
  return { cpu, cores, node };
}

let pinnable: number | null | undefined;

/**
 * The CPU that processes timed against each other are pinned to: the last this process may run on
 * (Linux's /proc/self/status), when `taskset` (util-linux) can set where a process runs (tried on
 * this one, with the CPUs it already has); null where not.
 */
export function measuringCpu(): number | null {
  if (pinnable === undefined) {
    try {
      const allowed = allowedCpus("self");
      const last = allowed === undefined ? Number.NaN : Number(allowed.split(/[,-]/).at(-1));
      if (allowed !== undefined) execFileSync("taskset", ["-p", "-c", allowed, String(process.pid)], { stdio: "ignore" });
      pinnable = Number.isInteger(last) ? last : null;
    } catch {
      pinnable = null;
    }
  }
  return pinnable;
}

/** Pins every thread of process `pid` to `cpu`; false if it could not (the process ended, or taskset failed). */
export function pinToCpu(pid: number, cpu: number): boolean {
  try {
    execFileSync("taskset", ["-a", "-p", "-c", String(cpu), String(pid)], { stdio: "ignore" });
    // read back: `taskset -a` also succeeds for a process that has gone
    return allowedCpus(String(pid)) === String(cpu);
  } catch {
    return false;
  }
}

/** The CPUs process `pid` ("self": this one) may run on, as Linux lists them (`0-1`, `0,2`); throws where there is no /proc. */
function allowedCpus(pid: string): string | undefined {
  return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]?.trim();
}
