// Host-call cost: ns per guest-to-host call in the loop guest, for whatever the caller links at
// `future-status`. Each figure is the median of several timed repetitions after a warm-up.

import { Linker, loadGuest, Store } from "accessor-kit";

export interface Timing {
  readonly label: string;
  /** Median ns per call. */
  readonly ns: number;
}

export const CALLS = 2_000_000;
export const REPETITIONS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times `loop-<kind>` of an instantiated loop guest; `rep` is passed to every call. */
export function timeLoop(label: string, exports: WebAssembly.Exports, kind: "internal" | "import", rep: number): Timing {
  const loop = exports[`loop-${kind}`] as (n: number, rep: number) => void;
  loop(CALLS, rep); // warm-up: tier up to the optimizing compilers
  const samples: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const start = process.hrtime.bigint();
    loop(CALLS, rep);
    samples.push(Number(process.hrtime.bigint() - start) / CALLS);
  }
  const last = (exports["last-result"] as () => number)();
  if (last < 0) throw new Error(`${label}: the host answered error code ${-last}, not a status`);
  return { label, ns: median(samples) };
}

/**
 * The loop guest instantiated with raw WebAssembly, `futureStatus` as a direct JS import; it gets the
 * guest memory once instantiation made it.
 */
export async function directImport(
  futureStatus: (rep: number, ret: number) => void,
  onMemory: (memory: WebAssembly.Memory) => void,
): Promise<WebAssembly.Exports> {
  const raw = new WebAssembly.Instance(await loadGuest("loop"), {
    "example:http/outgoing-handler": { "future-status": futureStatus },
  });
  onMemory(raw.exports["memory"] as WebAssembly.Memory);
  return raw.exports;
}

/** The loop guest linked through a Linker. */
export async function linked<T>(linker: Linker<T>, data: T): Promise<WebAssembly.Exports> {
  return linker.instantiate(new Store(data), await loadGuest("loop")).exports;
}

export function ratio(a: Timing, b: Timing): string {
  return `${(a.ns / b.ns).toFixed(2)}x`;
}
