// The main job's figures, every one a whole process timed from spawn to exit on both sides (the kit
// runs as its compiled JavaScript, dist/, as `npm start` and an installed package run it), each
// over interleaved rounds, in a cache folder of the bench's own:
// - cold `npm start` (no cache) against the critical path of its parts run alone: the slowest of
//   plain tsc 7 and plain tsc 6 over the matrix's programs (each program a `tsc -p`, in turn) and
//   the Rust column alone, plus the costs (measured after the rest: they need the verdicts and
//   quiet cores);
// - warm `npm start` (nothing changed), npm included;
// - the engine over all cells, per compiler, against plain tsc over the same programs;
// - TypeScript 6's CPU for the whole matrix: its service against one plain tsc 6 per program;
// - cold `check` of a nine-cell proposal (the worked example, copied afresh each round, checked on
//   the kit's first nine scenarios; the kit's cells cached, as on any second run) against plain
//   tsc 6 over the same nine cells and their support modules (the kit's tsc 6 runs from the compiled
//   code it keeps in its cache folder, which plain tsc 6 does only from Node 22.1 on: the note says so);
// - the watch mode, from an edit of one cell to the next report: `npm start -- --watch` editing a
//   kit cell (in a copy of the kit: the bench never edits the repository), and `check --watch`
//   editing one of the proposal's;
// - tsd (its own TypeScript 5.9) over the design cells, against the engine on TS 7 and on TS 6;
// - the costs per design alone: seconds and peak memory per design.

import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { spawn } from "node:child_process";
import Module from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Costs from "../src/costs/index.ts";
import type * as Engine from "../src/engine/index.ts";
import { measuresCpu, type ProcessRun, timeInTurn, timeProcess } from "./process.ts";

/** One goal of issue 15, with its figure and whether this run met it. */
export interface Goal {
  readonly what: string;
  readonly figure: string;
  readonly goal: string;
  readonly met: boolean;
  /** What else the run says about it, in a sentence. */
  readonly note?: string;
}

export async function mainJobBenchmark(
  kitRoot: string,
  rounds: number,
  engine: typeof Engine,
  costs: typeof Costs,
  scenarios: readonly string[],
): Promise<{ lines: string[]; goals: Goal[] }> {
  const node = process.execPath;
  const dist = (path: string) => join(kitRoot, "dist", path);
  const cli = dist("cli/main.js");
  const scratch = mkdtempSync(join(tmpdir(), "accessor-kit-bench-"));
  const cacheDir = join(scratch, "cache");
  const env = { ACCESSOR_KIT_CACHE_DIR: cacheDir, NO_COLOR: "1" };
  const noRust = { ...env, RUSTC: join(scratch, "no-rustc") };
  const inKit = { cwd: kitRoot, env };
  const tsc = (id: Engine.CompilerId) => engine.locateCompiler(engine.compilers.find((c) => c.id === id)!).bin;
  const example = join(kitRoot, "docs", "proposal-example");
  const nine = scenarios.slice(0, 9);

  const found = engine.findCells(kitRoot);
  const programs = engine.programsFor(found.cells);
  const configs = programs.map(({ program }) => engine.writeProgramConfig(program));
  const exampleCells = engine.readCellFolder(example, "my-design", nine).cells.map((cell) => cell.file);
  const exampleConfig = engine.writeProgramConfig({ files: [...exampleCells, ...engine.supportModules(exampleCells)] });
  const designCells = found.cells.filter((cell) => cell.kind === "scenario").map((cell) => cell.file);
  const designFiles = [...designCells, ...engine.supportModules(designCells)];
  const designs = costs.designsOf(found.cells);

  const plain = (id: Engine.CompilerId, files: readonly string[]) => () =>
    timeInTurn(files.map((config) => () => timeProcess(node, [tsc(id), "-p", config, "--pretty", "false"], inKit)));
  const kitRun = (args: readonly string[], environment = env) => () => timeProcess(node, [cli, ...args], { cwd: kitRoot, env: environment });
  const evaluateScript = (options: string) =>
    `const e = await import(${JSON.stringify(pathToFileURL(dist("engine/index.js")).href)}); await e.evaluate(${options}); await e.stopCompilerServices();`;
  const costsScript = `
    const e = await import(${JSON.stringify(pathToFileURL(dist("engine/index.js")).href)});
    const c = await import(${JSON.stringify(pathToFileURL(dist("report/costs.js")).href)});
    const evaluation = await e.evaluate({ compilers: ["ts7"], designs: ${JSON.stringify(designs)} });
    e.setCaching(false);
    const started = performance.now();
    const measured = await c.measureCosts(evaluation);
    process.stdout.write(JSON.stringify({ ms: performance.now() - started, status: measured.status }));`;
  let proposalCopy = 0;

  // Prime the cache: the warm runs and the kit's cells beside a cold proposal need it.
  await kitRun(["-q"])();
  await kitRun(["check", example, "--scenario", nine.join(","), "-q", "--format", "junit"])();

  const samples = await costs.interleave<string, ProcessRun>(rounds, {
    cold: kitRun(["--no-cache", "-q", "--format", "json"]),
    warm: () => timeProcess("npm", ["start", "--silent", "--", "-q"], inKit),
    ts7Plain: plain("ts7", configs),
    ts6Plain: plain("ts6", configs),
    rustAlone: () => timeProcess(node, [dist("rust/main.js")], { cwd: kitRoot, env: { ...env, ACCESSOR_KIT_CACHE_DIR: mkdtempSync(join(scratch, "rust-")) } }),
    costsAlone: () => timeProcess(node, ["--input-type=module", "-e", costsScript], inKit),
    engine7: kitRun(["--no-cache", "--ts", "7", "-q", "--format", "junit"], noRust),
    engine6: kitRun(["--no-cache", "--ts", "6", "-q", "--format", "junit"], noRust),
    ts6Service: () => timeProcess(node, ["--input-type=module", "-e", evaluateScript(`{ compilers: ["ts6"], runtime: false, cache: false }`)], inKit),
    checkCold: () => {
      const copy = join(scratch, `proposal-${proposalCopy++}`, "my-design");
      cpSync(example, copy, { recursive: true });
      return timeProcess(node, [cli, "check", copy, "--scenario", nine.join(","), "-q", "--format", "junit"], inKit);
    },
    tsc6Proposal: plain("ts6", [exampleConfig]),
    tsd: () => timeProcess(node, [join(kitRoot, "node_modules", "tsd", "dist", "cli.js"), "--typings", "dist/index.d.ts", ...designFiles.flatMap((file) => ["--files", relative(kitRoot, file)])], inKit),
  });
  const kitCopy = copyOfKit(kitRoot, join(scratch, "kit"));
  const kitCell = found.cells.find((cell) => cell.kind === "scenario")!.file;
  const watchMatrixMs = await watchReVerdicts([join(kitCopy, "dist", "cli", "main.js"), "--watch", "-q", "--format", "junit"], kitCopy, join(kitCopy, relative(kitRoot, kitCell)), env, rounds);
  const watched = join(scratch, "watched", "my-design");
  cpSync(example, watched, { recursive: true });
  const watchCheckMs = await watchReVerdicts([cli, "check", watched, "--watch", "-q", "--format", "junit"], kitRoot, join(watched, basename(exampleCells[0]!)), env, rounds);
  for (const config of [...configs, exampleConfig]) rmSync(config, { force: true });
  rmSync(scratch, { recursive: true, force: true });

  const wall = (key: string) => costs.spread(samples[key]!.map((run) => run.wallMs));
  const cpu = (key: string) => costs.spread(samples[key]!.map((run) => run.cpuMs));
  const costsMs = costs.spread(samples["costsAlone"]!.map((run) => (JSON.parse(run.stdout || "{}") as { ms?: number }).ms ?? Number.NaN));
  const criticalPath = samples["cold"]!.map((_, round) => {
    const part = (key: string) => samples[key]![round]!.wallMs;
    return Math.max(part("ts7Plain"), part("ts6Plain"), part("rustAlone")) + costsMs.median;
  });
  const ratio = (measured: readonly number[], baseline: readonly number[]) => costs.pairedRatio(measured, baseline);
  const walls = (key: string) => samples[key]!.map((run) => run.wallMs);
  const cpus = (key: string) => samples[key]!.map((run) => run.cpuMs);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const range = (spread: Costs.Spread, unit: (x: number) => string) => `${unit(spread.median)} (${unit(spread.min)}..${unit(spread.max)})`;
  const goal = (what: string, figure: Costs.Spread, bound: number, unit: (x: number) => string, at: "at most" | "at least" = "at most"): Goal => ({
    what,
    figure: range(figure, unit),
    goal: `${at === "at most" ? "<=" : ">="} ${unit(bound)}`,
    met: at === "at most" ? figure.median <= bound : figure.median >= bound,
  });
  const x = (value: number) => `${value.toFixed(2)}x`;

  const coldVsPath = ratio(walls("cold"), criticalPath);
  const engine7 = ratio(walls("engine7"), walls("ts7Plain"));
  const engine6 = ratio(walls("engine6"), walls("ts6Plain"));
  const ts6Cpu = ratio(cpus("ts6Service"), cpus("ts6Plain"));
  const checkVsTsc6 = ratio(walls("checkCold"), walls("tsc6Proposal"));
  const checkBound = 1.5 * wall("tsc6Proposal").median;
  const checkFloor = cpu("checkCold").median / availableParallelism();
  const nodeKeepsCode = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === "function";
  const checkNote =
    `its CPU, ${s(cpu("checkCold").median)} (median), over this machine's ${availableParallelism()} cores is at least ${s(checkFloor)} of wall time whatever the schedule, against a bound of ${s(checkBound)}; ` +
    `the kit's tsc 6 starts with the check and runs from the compiled code it kept, ${nodeKeepsCode ? "as plain tsc 6 does on this Node" : `which plain tsc 6 keeps only from Node 22.1 on (this is ${process.version})`}`;
  const goals: Goal[] = [
    goal("cold `npm start` (no cache) / critical path of its parts alone", coldVsPath, 1.2, x),
    goal("warm `npm start` (nothing changed), npm included", wall("warm"), 1500, s),
    goal("engine over all cells / plain tsc 7 over the same programs", engine7, 1.5, x),
    goal("engine over all cells / plain tsc 6 over the same programs", engine6, 1.5, x),
    ...(measuresCpu ? [goal("TS 6 CPU for the whole matrix: its service / one plain tsc 6 per program", ts6Cpu, 0.5, x)] : []),
    { ...goal("cold `check` of the nine-cell example / plain tsc 6 over its files", checkVsTsc6, 1.5, x), ...(measuresCpu ? { note: checkNote } : {}) },
    goal("watch (`npm start -- --watch`): an edit of one kit cell to the next report", costs.spread(watchMatrixMs), 1000, s),
    goal("watch (`check --watch`): an edit of one proposal cell to the next report", costs.spread(watchCheckMs), 1000, s),
  ];
  const perDesign = (value: number) => value / designs.length;
  const lines = [
    `main job: whole processes, median (min..max) of ${rounds} interleaved rounds; the kit as compiled JavaScript (dist/)`,
    ...costs.table([
      ["run", "wall", "CPU"],
      ["cold `npm start` --no-cache (TS 7, TS 6, guest runs, rustc, costs)", range(wall("cold"), s), range(cpu("cold"), s)],
      ["  its parts alone: plain tsc 7, each of the matrix's programs in turn", range(wall("ts7Plain"), s), range(cpu("ts7Plain"), s)],
      ["  plain tsc 6, each program in turn", range(wall("ts6Plain"), s), range(cpu("ts6Plain"), s)],
      ["  the Rust column alone (no cache)", range(wall("rustAlone"), s), range(cpu("rustAlone"), s)],
      ["  the costs alone (measured in the process)", range(costsMs, s), ""],
      ["  critical path: slowest of the three, plus the costs", range(costs.spread(criticalPath), s), ""],
      ["warm `npm start`, npm included", range(wall("warm"), s), range(cpu("warm"), s)],
      ["engine, TS 7 only, no rustc, no costs", range(wall("engine7"), s), range(cpu("engine7"), s)],
      ["engine, TS 6 only, no rustc, no costs", range(wall("engine6"), s), range(cpu("engine6"), s)],
      ["TS 6's service over the matrix's programs (no runtime)", range(wall("ts6Service"), s), range(cpu("ts6Service"), s)],
      ["cold `check` of the worked example on nine scenarios (kit cells cached)", range(wall("checkCold"), s), range(cpu("checkCold"), s)],
      ["plain tsc 6 over those nine cells and their support modules", range(wall("tsc6Proposal"), s), range(cpu("tsc6Proposal"), s)],
      ["tsd 0.33 (its own TypeScript 5.9) over the design cells", range(wall("tsd"), s), range(cpu("tsd"), s)],
    ]),
    `  tsd / engine on TS 7: ${costs.formatRatio(ratio(walls("tsd"), walls("engine7")))}; tsd / engine on TS 6 (the nearer compiler): ${costs.formatRatio(ratio(walls("tsd"), walls("engine6")))} (how many times faster the engine is). vitest --typecheck and tstyche: not run (neither takes the cells' pinned diagnostics, and tstyche is not a dependency).`,
    `  costs per design (${designs.length} designs, measured one after the other, at most two measuring processes at once): ${s(perDesign(costsMs.median))} per design, peak ${costs.spread(samples["costsAlone"]!.map((run) => run.peakMiB)).median.toFixed(0)} MiB for the largest process`,
  ];
  return { lines, goals };
}

/** How long the watch mode may take to print a report (the first one computes everything) before the bench gives up. */
const WATCH_TIMEOUT_MS = 600_000;

/** A copy of the kit (its build, cells, twins, guests, docs; node_modules linked), for the bench to edit. */
function copyOfKit(kitRoot: string, copy: string): string {
  cpSync(kitRoot, copy, { recursive: true, filter: (source) => !/[/\\](node_modules|\.git)$/.test(source) });
  symlinkSync(join(kitRoot, "node_modules"), join(copy, "node_modules"));
  return copy;
}

/** ms from appending a comment to `edited` to the end of the next report of a `--watch` run (`args`, after node), per round. */
async function watchReVerdicts(args: readonly string[], cwd: string, edited: string, env: NodeJS.ProcessEnv, rounds: number): Promise<number[]> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
  let reports = 0;
  let waiting: (() => void) | undefined;
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    reports += chunk.split("</testsuites>").length - 1;
    waiting?.();
  });
  const nextReport = (count: number) =>
    new Promise<void>((done, fail) => {
      const timeout = setTimeout(() => fail(new Error(`bench: ${args.slice(1).join(" ")} printed no report ${count} within ${WATCH_TIMEOUT_MS / 1000} s`)), WATCH_TIMEOUT_MS);
      waiting = () => {
        if (reports < count) return;
        clearTimeout(timeout);
        done();
      };
      waiting();
    });
  try {
    await nextReport(1);
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      await appendFile(edited, `// edit ${round}\n`);
      await nextReport(round + 2);
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    child.kill();
  }
}

/** The goals as a markdown table (the README's, regenerated by `npm run bench -- --readme`). */
export function goalTable(goals: readonly Goal[]): string[] {
  const notes = goals.flatMap((g) => (g.note === undefined ? [] : [`- ${g.what}: ${g.note}.`]));
  return [
    "| goal | figure: median (min..max) | bound | met |",
    "| --- | --- | --- | --- |",
    ...goals.map((g) => `| ${g.what} | ${g.figure} | ${g.goal} | ${g.met ? "met" : "**missed**"} |`),
    ...(notes.length === 0 ? [] : ["", ...notes]),
  ];
}
