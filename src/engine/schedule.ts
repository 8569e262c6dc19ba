// Schedule: which program runs when. Compiler work shares the cores (one process per core, at least
// two, so two compilers always overlap), and the longest program starts first, whatever its
// compiler: on two cores the evaluation then ends close to the longer of the longest program and
// half the sum. A program's length is its time in the last run that checked it (kept in the cache
// folder, by compiler and program, whatever the files' contents), else an estimate from its root
// files and the compiler's configured relative cost.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeWhole } from "./cache.ts";
import type { Compiler } from "./compilers.ts";
import { cacheFolder } from "./scratch.ts";
import type { Program } from "./tsc.ts";

/** Tasks at once, at most `width`; a waiting task with a lower priority number starts first. */
export class Slots {
  readonly #waiting: { readonly priority: number; readonly start: () => void }[] = [];
  #free: number;

  constructor(width: number) {
    this.#free = width;
  }

  async run<T>(priority: number, task: () => Promise<T>): Promise<T> {
    if (this.#free === 0) {
      await new Promise<void>((start) => {
        const at = this.#waiting.findIndex((waiting) => waiting.priority > priority);
        this.#waiting.splice(at === -1 ? this.#waiting.length : at, 0, { priority, start });
      });
    } else {
      this.#free--;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next === undefined) this.#free++;
      else next.start();
    }
  }
}

/** An estimate for a program never timed: a fixed part (the libraries) and a part per root file, in ms, times the compiler's relative cost. */
const ESTIMATE = { base: 500, perFile: 40 } as const;

/** How long each program took when it was last checked; `remember` false (no cache) neither reads nor writes them. */
export class ProgramTimes {
  readonly #file = join(cacheFolder(), "program-times.json");
  readonly #times: Record<string, number>;
  readonly #remember: boolean;
  #changed = false;

  constructor(remember: boolean) {
    this.#remember = remember;
    this.#times = remember ? readTimes(this.#file) : {};
  }

  /** The program's last time, else the estimate. */
  estimate(compiler: Compiler, program: Program): number {
    const known = this.#times[key(compiler, program)];
    if (known !== undefined) return known;
    const files = "files" in program ? program.files.length : 1;
    return (ESTIMATE.base + ESTIMATE.perFile * files) * (compiler.relativeCost ?? 1);
  }

  async time<T>(compiler: Compiler, program: Program, task: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await task();
    this.#times[key(compiler, program)] = Math.round(performance.now() - started);
    this.#changed = true;
    return result;
  }

  /** Writes the times down (best effort: they only order the next run). */
  save(): void {
    if (!this.#remember || !this.#changed) return;
    // An unwritable cache folder: the next run estimates.
    writeWhole(this.#file, JSON.stringify({ ...readTimes(this.#file), ...this.#times }));
  }
}

function key(compiler: Compiler, program: Program): string {
  return `${compiler.id} ${"files" in program ? program.files.join(" ") : program.tsconfig}`;
}

function readTimes(file: string): Record<string, number> {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}
