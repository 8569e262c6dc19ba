// Statistics for figures measured on a shared, noisy machine: medians, and ratios taken pairwise per
// round (two figures timed back to back in one round share that round's load), reported with their
// spread so a reader sees how noisy they were.

/** A figure over several samples (rounds, runs, or pairs of processes): its median, smallest and largest. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError("no values to summarise");
  const sorted = [...values].sort((a, b) => a - b);
  return { median: median(sorted), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `measured / baseline`, round by round. */
export function pairedRatio(measured: readonly number[], baseline: readonly number[]): Spread {
  if (measured.length !== baseline.length) throw new RangeError(`${measured.length} rounds against ${baseline.length} baseline rounds`);
  return spread(measured.map((value, round) => value / baseline[round]!));
}

/**
 * Runs every task once per round, in turn (round-robin), so that background load hits each alike;
 * returns each task's samples in round order.
 */
export async function interleave<K extends string, T = number>(
  rounds: number,
  tasks: Readonly<Record<K, () => T | Promise<T>>>,
): Promise<Record<K, T[]>> {
  const keys = Object.keys(tasks) as K[];
  const samples = Object.fromEntries(keys.map((key) => [key, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < rounds; round++) {
    for (const key of keys) samples[key].push(await tasks[key]());
  }
  return samples;
}

/** `1.23x (1.10-1.40)`: a ratio with the spread of its rounds. */
export function formatRatio(ratio: Spread): string {
  return `${ratio.median.toFixed(2)}x (${ratio.min.toFixed(2)}-${ratio.max.toFixed(2)})`;
}
