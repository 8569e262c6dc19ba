// Machine: what the figures were measured on, printed beside them (speed figures mean little
// without the machine, and on a shared machine without its load).

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
