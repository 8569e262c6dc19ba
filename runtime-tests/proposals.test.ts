// `accessor-kit check` as a reviewer relies on it: a proposal's code can neither fool nor hang it,
// nor change a kit design's row; a broken proposal fails, each fault reported once; it checks only
// what iterating needs; and a proposal is scaffolded (init), pinned (--accept), with scenarios and
// Rust twins of its own. The proposals are under fixtures/.proposals/ (a dot folder: the repo-wide
// type-check leaves their deliberate errors to the engine), run as a user runs the command line.

import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptObserved, CellFormatError, compilers, errorLine, parseHeader, workingDirectory, type Diagnostic } from "../src/engine/index.ts";
import { readProposal } from "../src/cli/proposal.ts";
import { kitDesigns } from "../src/report/kit.ts";
import { failure } from "./failure.ts";
import { schemaErrors } from "./report-schema.ts";
import { run, stderrLines, type Run, type RunOptions } from "./run.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const main = join(kit, "src", "cli", "main.ts");
const example = join(kit, "docs", "proposal-example");
const fixtures = join(kit, "runtime-tests", "fixtures", ".proposals");
const schema = join(kit, "schema", "report.schema.json");
const SLOW = 300_000;

/** A user on a machine without rustc (the proposals' Rust twins have a test of their own, below). */
const withoutRustc = { RUSTC: join(kit, "no-rustc-here") };

function cli(args: readonly string[], options: Partial<RunOptions> = {}): Promise<Run> {
  return run(process.execPath, ["--import", tsxLoader, main, ...args], { cwd: kit, ...options });
}

const scratch = mkdtempSync(join(tmpdir(), "accessor-kit-proposals-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a proposal under the OS temp folder. */
function copy(from: string, name: string): string {
  const folder = join(scratch, name);
  cpSync(from, folder, { recursive: true });
  return folder;
}

interface JsonCell {
  id: string;
  design: string;
  scenario: string;
  verdict: string;
  problems: { kind: string; text: string; compilers: string[] }[];
  runtime: { pass: boolean; stage?: string; error?: string; output?: { stdout: string; stderr: string } } | null;
  rust: { status: string; claim?: unknown; pass?: boolean };
  typescript: { label: string }[];
}

interface JsonReport {
  pass: boolean;
  designs: string[];
  scenarios: string[];
  proposals: { design: string; scenarios: { id: string; intent?: string }[]; rust: { status: string } }[];
  cells: JsonCell[];
  missing: string[];
  unfinished: { design: string; scenario: string; holes: string[] }[];
  faults: { design: string; problem: { kind: string; text: string; file: string; line: number; compilers: string[] } }[];
  costs: { status: string; reason?: string };
}

function report(ran: Run): JsonReport {
  const parsed = JSON.parse(ran.stdout) as JsonReport;
  expect(schemaErrors(schema, parsed)).toEqual([]);
  return parsed;
}

function cell(parsed: JsonReport, id: string): JsonCell {
  const found = parsed.cells.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no cell ${id} in the report`);
  return found;
}

describe("a proposal's code can neither fool nor hang check", () => {
  let ran: Run;
  let parsed: JsonReport;
  beforeAll(async () => {
    ran = await cli(["check", join(fixtures, "hostile"), "--design", "field-ref", "--ts", "7", "--timeout", "3", "--format", "json"], { env: withoutRustc });
    parsed = report(ran);
  }, SLOW);
  const runOf = (scenario: string) => cell(parsed, `hostile/${scenario}`).runtime;

  it("keeps what the cells print out of the report: the JSON parses, and a cell's output is shown with it", () => {
    expect(ran.stderr).toBe("");
    expect(runOf("shared-table")).toEqual({ pass: true, output: { stdout: '{"pass": true, "printed by": "the cell"}\n', stderr: "a line on stderr\n" } });
    expect(cell(parsed, "hostile/shared-table").verdict).toBe("expected");
  });

  it("fails a cell that ends the process with status 0, and exits 1", () => {
    expect(runOf("fresh-view")).toEqual({ pass: false, stage: "import", error: "its process exited with status 0 before the run ended" });
    expect(parsed.pass).toBe(false);
    expect(ran.status).toBe(1);
  });

  it("ends a link() that loops and an import that awaits forever at the time limit, though design.ts keeps a timer running", () => {
    expect(runOf("field-projection")).toMatchObject({ pass: false, stage: "link", error: expect.stringMatching(/^it did not finish within 3 s/) });
    expect(runOf("owned-host")).toMatchObject({ pass: false, stage: "import", error: expect.stringMatching(/^it did not finish within 3 s/) });
  });

  it("turns every thrown value into the cell's result: a null prototype, a throwing toString, an unhandled rejection, a timer's throw", () => {
    expect(runOf("no-annotations")).toEqual({ pass: false, stage: "link", error: "thrown: an object with a null prototype (keys: code)" });
    expect(runOf("capturing-getter")).toEqual({ pass: false, stage: "import", error: "thrown: an object that cannot be converted to a string" });
    expect(runOf("capturing-owned-getter")).toMatchObject({ pass: false, error: "a promise rejected with nothing to handle it: Error: nobody handles this rejection" });
    expect(runOf("third-party-host")).toMatchObject({ pass: false, stage: "check", error: "thrown: 42" });
  });

  it("refuses a cell's writes outside its folder and the processes it starts", () => {
    expect(runOf("forwarding-impl-coherence")).toMatchObject({
      pass: false,
      stage: "link",
      error: expect.stringMatching(/^refused: FileSystemWrite .*written-by-a-proposal/),
      output: { stdout: "child process: ERR_ACCESS_DENIED\n", stderr: "" },
    });
  });

  it("never imports a cell whose header says it compiles when it does not", () => {
    const liar = cell(parsed, "hostile/one-getter-many-interfaces");
    expect(liar.runtime).toBeNull();
    expect(liar.problems.map((problem) => problem.text)).toContainEqual(expect.stringMatching(/^unexpected TS2322 at 17: /));
    expect(ran.stdout).not.toContain("imported although it does not compile");
  });

  it("refuses a design.ts that is a FIFO in one line, without reading it", async () => {
    const folder = copy(example, "fifo");
    rmSync(join(folder, "design.ts"));
    expect(spawnSync("mkfifo", [join(folder, "design.ts")]).status).toBe(0);
    const fifo = await cli(["check", folder, "--ts", "7"], { env: withoutRustc });
    expect(stderrLines(fifo)).toEqual([expect.stringMatching(/fifo\/design\.ts is not a regular file/)]);
    expect(fifo.status).toBe(2);
  });
});

describe("a proposal's runs take turns in a process of its own", () => {
  it(
    "loads design.ts and what it imports afresh for every run, shows each run only what it printed, and gives the runs after one that ended the process a new one",
    async () => {
      const folder = copy(example, "turns");
      // design.ts counts its loads on the process's globals, and a helper module counts its own calls;
      // design.ts says both, and ends the process at its second load, once
      writeFileSync(join(folder, "counter.mjs"), "let calls = 0;\nexport const call = () => ++calls;\n");
      const ended = join(folder, "ended-once");
      const counting = `
import { existsSync, writeFileSync } from "node:fs";
const counter = "./counter.mjs";
const { call } = (await import(counter)) as { call: () => number };
const loads = ((globalThis as unknown as { designLoads?: number }).designLoads ?? 0) + 1;
(globalThis as unknown as { designLoads?: number }).designLoads = loads;
console.log(\`design.ts load \${loads}, helper call \${call()}\`);
if (loads === 2 && !existsSync(${JSON.stringify(ended)})) {
  writeFileSync(${JSON.stringify(ended)}, "");
  process.exit(0);
}
`;
      writeFileSync(join(folder, "design.ts"), `${readFileSync(join(folder, "design.ts"), "utf8")}${counting}`);
      const scenarios = ["shared-table", "fresh-view", "owned-host", "field-projection"];
      const parsed = report(await cli(["check", folder, "--design", "field-ref", "--scenario", scenarios.join(","), "--ts", "7", "--format", "json"], { env: withoutRustc }));
      const runs = scenarios.map((scenario) => cell(parsed, `turns/${scenario}`).runtime);
      // the process's first job was check's own load of design.ts; the run after it ended the process
      expect(runs.filter((run) => run?.pass === false)).toEqual([
        { pass: false, stage: "import", error: "its process exited with status 0 before the run ended", output: { stdout: "design.ts load 2, helper call 1\n", stderr: "" } },
      ]);
      // the other three, in a new process: a load each, with a helper of its own, each run's output its own
      expect(runs.flatMap((run) => (run?.pass === true ? [run.output?.stdout] : [])).sort()).toEqual([1, 2, 3].map((load) => `design.ts load ${load}, helper call 1\n`));
    },
    SLOW,
  );
});

describe("a proposal's run is judged by its own code only", () => {
  it(
    "fails the run whose design.ts left a rejection unhandled, and takes nothing that run's code does later for the next run's result",
    async () => {
      const folder = copy(example, "late");
      // the second load leaves a rejection unhandled and its run goes on to pass; the third fails, slowly
      const loading = `
const loads = ((globalThis as unknown as { designLoads?: number }).designLoads ?? 0) + 1;
(globalThis as unknown as { designLoads?: number }).designLoads = loads;
if (loads === 2) void Promise.reject(new Error("left unhandled by the second load"));
if (loads === 3) {
  await new Promise((waited) => setTimeout(waited, 300));
  throw new Error("the third load fails");
}
`;
      writeFileSync(join(folder, "design.ts"), `${readFileSync(join(folder, "design.ts"), "utf8")}${loading}`);
      const scenarios = ["shared-table", "fresh-view", "owned-host", "field-projection"];
      const parsed = report(await cli(["check", folder, "--design", "field-ref", "--scenario", scenarios.join(","), "--ts", "7", "--format", "json"], { env: withoutRustc }));
      const errors = scenarios.map((scenario) => cell(parsed, `late/${scenario}`).runtime).map((run) => (run?.pass === false ? run.error : "passed"));
      // the process's first job was check's own load of design.ts
      expect(errors.sort()).toEqual([
        "Error: the third load fails",
        "a promise rejected with nothing to handle it: Error: left unhandled by the second load",
        "passed",
        "passed",
      ]);
    },
    SLOW,
  );
});

describe("a proposal cannot change a kit design's row", () => {
  let parsed: JsonReport;
  let ran: Run;
  beforeAll(async () => {
    const proposals = ["patches-kit", "augments-kit"].map((name) => join(fixtures, name));
    ran = await cli(["check", ...proposals, "--design", "field-ref", "--scenario", "shared-table", "--ts", "7", "--format", "json"], { env: withoutRustc });
    parsed = report(ran);
  }, SLOW);

  it("keeps the kit's row as the kit's cells expect it, beside two proposals that reach into the kit", () => {
    expect(parsed.designs).toEqual(["field-ref", "patches-kit", "augments-kit"]);
    expect(cell(parsed, "field-ref/shared-table")).toMatchObject({ verdict: "expected", runtime: { pass: true } });
  });

  it("fails only the proposal whose design patched the kit's ResourceTable, in its own run", () => {
    expect(cell(parsed, "patches-kit/shared-table").runtime).toMatchObject({ pass: false, error: expect.stringContaining("ResourceTable.push, as patched by a proposal") });
  });

  it("fails only the proposal whose support module augments accessor-kit, in its own program", () => {
    expect(cell(parsed, "augments-kit/shared-table").typescript[0]?.label).toMatch(/TS2687/);
    expect(ran.status).toBe(1);
  });
});

describe("a proposal's host-call cost is measured confined as its runs are", () => {
  it(
    "refuses a cell's write outside its folder when --costs measures it, and reports the design's cost as not measured",
    async () => {
      const outside = join(tmpdir(), "..", "written-when-measured");
      const ran = await cli(["check", join(fixtures, "hostile"), "--design", "field-ref", "--scenario", "shared-table", "--ts", "7", "--costs", "--format", "json"], { env: withoutRustc });
      const { costs } = JSON.parse(ran.stdout) as { costs: { status: string; hostCalls?: { design: string; unavailable?: string }[] } };
      expect(costs.hostCalls?.find((call) => call.design === "hostile")).toEqual({ design: "hostile", unavailable: expect.stringMatching(/ERR_ACCESS_DENIED|restricted|refused/) });
      expect(costs.hostCalls?.find((call) => call.design === "field-ref")).toHaveProperty("cost");
      expect(existsSync(outside)).toBe(false);
    },
    SLOW,
  );
});

describe("a broken proposal fails, each fault reported once", () => {
  const broken = join(fixtures, "broken");
  const onlyDesign = join(fixtures, "only-design");
  const args = ["check", broken, onlyDesign, "--design", "field-ref", "--scenario", "shared-table,fresh-view,owned-host,field-projection,no-annotations"];
  let json: Run;
  let github: Run;
  beforeAll(async () => {
    [json, github] = await Promise.all([cli([...args, "--format", "json"], { env: withoutRustc }), cli([...args, "--format", "github"], { env: withoutRustc })]);
  }, SLOW);

  it("refuses a cache folder inside a proposal, whose runs may write there, in one line", async () => {
    const folder = copy(example, "holds-the-cache");
    const ran = await cli(["check", folder, "--cache-dir", join(folder, "cache"), "--format", "json"], { env: withoutRustc });
    expect(stderrLines(ran)).toEqual([expect.stringMatching(/^accessor-kit: the cache folder .*holds-the-cache\/cache is inside the proposal .*holds-the-cache, whose runs may write there: set another with --cache-dir$/)]);
    expect(ran.status).toBe(2);
  });

  it("reports every malformed header at once, a near-miss key among them", () => {
    const malformed = report(json).faults.filter((fault) => fault.problem.kind === "malformed");
    expect(malformed.map(({ problem }) => `${problem.file}:${problem.line}: ${problem.text}`)).toEqual([
      expect.stringMatching(/broken\/fresh-view\.ts:2: "Expect:" is not a header key: write "expect:"/),
      expect.stringMatching(/broken\/owned-host\.ts:2: "expect compiles" lacks its colon/),
      expect.stringMatching(/broken\/shared-table\.ts:2: "expects:" is not a header key: write "expect:"/),
    ]);
    expect(github.stdout.split("\n").filter((line) => line.includes("a malformed cell::"))).toHaveLength(3);
  });

  it("reports a design.ts that does not type-check once, naming both compilers, not against each cell", () => {
    const parsed = report(json);
    const designErrors = parsed.faults.filter((fault) => fault.problem.file.endsWith("design.ts"));
    expect(designErrors.map(({ design, problem }) => [design, problem.line, problem.compilers, problem.text])).toEqual([
      ["broken", 7, ["ts7", "ts6"], "unexpected TS2322: Type 'string' is not assignable to type 'number'."],
      ["only-design", 2, ["ts7", "ts6"], "unexpected TS2322: Type 'string' is not assignable to type 'number'."],
    ]);
    expect(cell(parsed, "broken/field-projection").verdict).toBe("expected");
    expect(github.stdout.split("\n").filter((line) => line.includes("design.ts,line="))).toHaveLength(2);
  });

  it("fails a folder with nothing but a design.ts: its error is shown and every scenario is missing", () => {
    const parsed = report(json);
    expect(parsed.missing).toEqual(["only-design/shared-table", "only-design/fresh-view", "only-design/owned-host", "only-design/field-projection", "only-design/no-annotations"]);
    expect(github.stdout.split("\n").filter((line) => line.startsWith("::error title=only-design/"))).toHaveLength(5);
    expect(parsed.pass).toBe(false);
    expect(json.status).toBe(1);
  });

  it("reports an explored cell whose run fails without judging it", () => {
    expect(cell(report(json), "broken/no-annotations")).toMatchObject({ verdict: "explored", problems: [], runtime: { pass: false, stage: "link", error: "Error: not linked yet" } });
  });

  it("lets missing cells pass with --allow-missing, and nothing else", async () => {
    const partial = copy(example, "partial");
    rmSync(join(partial, "capturing-getter.ts"));
    const scope = ["--design", "field-ref", "--scenario", "capturing-getter,shared-table", "--ts", "7", "--format", "github"];
    const [strict, allowed, stillBroken] = await Promise.all([
      cli(["check", partial, ...scope], { env: withoutRustc }),
      cli(["check", partial, ...scope, "--allow-missing"], { env: withoutRustc }),
      cli(["check", onlyDesign, ...scope, "--allow-missing"], { env: withoutRustc }),
    ]);
    expect(strict.stdout).toContain("::error title=partial/capturing-getter%3A missing::");
    expect(strict.status).toBe(1);
    expect(allowed.stdout).toBe("accessor-kit: every cell as expected\n");
    expect(allowed.status).toBe(0);
    expect(stillBroken.stdout.trimEnd().split("\n").at(-1)).toBe("accessor-kit: 1 fault(s)");
    expect(stillBroken.status).toBe(1);
  }, SLOW);
});

describe("check computes what iterating on a proposal needs", () => {
  it(
    "compiles none of the kit's Rust twins and measures no cost unless asked (--rust, --costs)",
    async () => {
      const log = join(scratch, "rustc.log");
      const rustc = join(scratch, "rustc");
      writeFileSync(rustc, `#!/bin/sh\necho "$@" >> '${log}'\n[ "$1" = --version ] && echo "rustc 1.95.0 (a stand-in)"\nexit 0\n`);
      chmodSync(rustc, 0o755);
      const scope = ["--design", "field-ref", "--scenario", "shared-table", "--ts", "7", "--format", "json"];
      const quick = report(await cli(["check", example, ...scope], { env: { RUSTC: rustc } }));
      const twins = () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter((line) => line.includes("rust/twins/")) : []);
      expect(twins()).toEqual([]);
      expect(quick.costs).toEqual({ status: "not-measured", reason: "check measures them only when asked (--costs)" });
      await cli(["check", example, ...scope, "--rust"], { env: { RUSTC: rustc } });
      expect(twins()).toContainEqual(expect.stringContaining("rust/twins/field-ref/shared-table.rs"));
    },
    SLOW,
  );

  it(
    "runs a proposal's cell again, and loads its design.ts again, only when a file they load changed: the next check shows the run it kept, output and all",
    async () => {
      const folder = copy(example, "kept-runs");
      // every process that loads the design prints a token of its own, and a word from a module only its run reads
      writeFileSync(join(folder, "helper.mjs"), 'export const word = "first";\n');
      const token = "`loaded by ${process.pid} at ${Date.now()} with ${((await import(helper)) as { word: string }).word}`";
      writeFileSync(join(folder, "design.ts"), `${readFileSync(join(folder, "design.ts"), "utf8")}\nconst helper = "./helper.mjs";\nconsole.log(${token});\n`);
      const scope = ["--design", "field-ref", "--scenario", "shared-table,fresh-view", "--ts", "7", "--format", "json"];
      const tokens = async () => {
        const parsed = report(await cli(["check", folder, ...scope], { env: withoutRustc }));
        return ["shared-table", "fresh-view"].map((scenario) => cell(parsed, `kept-runs/${scenario}`).runtime?.output?.stdout);
      };
      const [table, view] = await tokens();
      expect(table).toMatch(/^loaded by \d+ at \d+ with first\n$/);
      expect(await tokens()).toEqual([table, view]);
      writeFileSync(join(folder, "fresh-view.ts"), `${readFileSync(join(folder, "fresh-view.ts"), "utf8")}// edited\n`);
      const [tableAfter, viewAfter] = await tokens();
      expect(tableAfter).toBe(table);
      expect(viewAfter).toMatch(/^loaded by \d+ at \d+ with first\n$/);
      expect(viewAfter).not.toBe(view);
      // a file the compiler never saw, only the runs loaded
      writeFileSync(join(folder, "helper.mjs"), 'export const word = "second";\n');
      expect(await tokens()).toEqual([expect.stringMatching(/with second\n$/), expect.stringMatching(/with second\n$/)]);
      // design.ts's load is kept too, and never once it changed
      writeFileSync(join(folder, "design.ts"), `${readFileSync(join(folder, "design.ts"), "utf8")}throw new Error("broken on purpose");\n`);
      const broken = await cli(["check", folder, ...scope], { env: withoutRustc });
      expect(stderrLines(broken)).toEqual([expect.stringMatching(/design\.ts does not load: .*broken on purpose/)]);
      expect(broken.status).toBe(2);
    },
    SLOW,
  );

  it(
    "runs a file of the proposal's that its run changed as the run left it, not as the kit's process transformed it before",
    async () => {
      const folder = copy(example, "changed-by-its-run");
      writeFileSync(join(folder, "late.lib.ts"), 'export const word: string = "as the folder had it";\n');
      // every process that loads the design rewrites late.lib.ts with a word of its own, then imports it
      const rewrite = [
        'import { writeFileSync } from "node:fs";',
        'const late = new URL("./late.lib.ts", import.meta.url);',
        "const written = `written by ${process.pid} at ${Date.now()}, ${Math.random()}`;",
        "writeFileSync(late, `export const word: string = ${JSON.stringify(written)};\\n`);",
        "const { word } = (await import(late.href)) as { word: string };",
        'console.log(word === written ? "as written" : `not as written: ${word}`);',
      ];
      writeFileSync(join(folder, "design.ts"), `${readFileSync(join(folder, "design.ts"), "utf8")}\n${rewrite.join("\n")}\n`);
      const scope = ["--design", "field-ref", "--scenario", "shared-table", "--ts", "7", "--format", "json"];
      const parsed = report(await cli(["check", folder, ...scope], { env: withoutRustc }));
      const { runtime } = cell(parsed, "changed-by-its-run/shared-table");
      expect(runtime?.pass).toBe(true);
      expect(runtime?.output?.stdout).toBe("as written\n");
    },
    SLOW,
  );

  it(
    "resolves the folder from where the user ran npm start (INIT_CWD), and marks a Rust claim no twin backs as unchecked",
    async () => {
      const home = join(scratch, "my-project");
      copy(example, join("my-project", "lend-host"));
      const cellFile = join(home, "lend-host", "shared-table.ts");
      writeFileSync(cellFile, readFileSync(cellFile, "utf8").replace("// expect: compiles\n", "// expect: compiles\n// rust: compiles\n"));
      const npmStart = { ...withoutRustc, INIT_CWD: home, npm_package_json: join(kit, "package.json"), npm_lifecycle_event: "start" };
      const ran = await cli(["check", "lend-host", "--design", "field-ref", "--scenario", "shared-table", "--ts", "7", "--format", "markdown"], { env: npmStart });
      expect(ran.stderr).toBe("");
      expect(ran.stdout).toMatch(/\| \*\*lend-host\*\* \(proposal\) \| \*\*accepts\*\*<br>runs \/ compiles \(unchecked\) \|/);
      expect(ran.status).toBe(0);
    },
    SLOW,
  );

  it(
    "shows only the scenarios where the proposal differs from the design it is set against",
    async () => {
      const parsed = report(await cli(["check", example, "--against", "field-ref", "--ts", "7", "--format", "json"], { env: withoutRustc }));
      expect(parsed.designs).toEqual(["field-ref", "proposal-example"]);
      const outcome = (design: string, scenario: string) => parsed.cells.find((entry) => entry.id === `${design}/${scenario}`)?.typescript.map((t) => t.label).join(", ") ?? "missing";
      expect(parsed.scenarios).toContain("fresh-view");
      expect(parsed.scenarios).not.toContain("shared-table");
      for (const scenario of parsed.scenarios) expect(outcome("proposal-example", scenario)).not.toBe(outcome("field-ref", scenario));
    },
    SLOW,
  );
});

describe("authoring a proposal", () => {
  it(
    "scaffolds one with init: each cell its scenario's attempt, reported unfinished (its holes named), not as a crash",
    async () => {
      const folder = join(scratch, "blank");
      const init = await cli(["init", folder]);
      expect(init.status).toBe(0);
      expect(readdirSync(folder)).toContain("design.ts");
      const ran = await cli(["check", folder, "--design", "field-ref", "--scenario", "fresh-view,shared-table", "--ts", "7", "--format", "json"], { env: withoutRustc });
      expect(ran.stderr).toBe("");
      const parsed = report(ran);
      expect(parsed.unfinished.map(({ scenario, holes }) => [scenario, holes[0]])).toEqual([
        ["fresh-view", "«imports:imports»"],
        ["shared-table", "«imports:imports»"],
      ]);
      expect(parsed.faults).toEqual([]);
      expect(ran.status).toBe(1);
      expect((await cli(["init", folder])).stderr).toMatch(/blank is not empty: init scaffolds a new proposal/);
    },
    SLOW,
  );

  it(
    "pins what the compilers said with --accept, at the lines they said it once the header has grown",
    async () => {
      const folder = copy(example, "to-accept");
      const file = join(folder, "one-getter-many-interfaces.ts");
      const pinned = readFileSync(file, "utf8");
      writeFileSync(file, pinned.replace(/^\/\/ expect: .*\n/gm, ""));
      const scope = ["--design", "field-ref", "--scenario", "one-getter-many-interfaces", "--format", "github"];
      const accepted = await cli(["check", folder, ...scope, "--accept"], { env: withoutRustc });
      expect(stderrLines(accepted)).toEqual([expect.stringMatching(/^accessor-kit: accepted what was observed in 1 cell header\(s\): .*one-getter-many-interfaces\.ts$/)]);
      expect(accepted.stdout).toBe("accessor-kit: every cell as expected\n");
      const lines = (text: string) => [...text.matchAll(/^\/\/ expect: error (TS\d+) at (\d+) /gm)].map((match) => `${match[1]} at ${match[2]}`);
      expect(lines(readFileSync(file, "utf8"))).toEqual(lines(pinned));
      expect(accepted.status).toBe(0);
    },
    SLOW,
  );

  it(
    "starts from a kit design (init --from), brings a scenario and Rust twins of its own, and has its Rust claims checked",
    async () => {
      const folder = join(scratch, "nested");
      expect((await cli(["init", folder, "--from", "field-ref"])).status).toBe(0);
      cpSync(join(fixtures, "own-scenario"), folder, { recursive: true });
      const scope = ["--design", "field-ref", "--scenario", "field-projection,nested-field-projection", "--ts", "7", "--format", "json"];
      const parsed = report(await cli(["check", folder, ...scope]));
      expect(parsed.scenarios).toEqual(["field-projection", "nested-field-projection"]);
      expect(parsed.proposals).toEqual([
        expect.objectContaining({ design: "nested", scenarios: [{ id: "nested-field-projection", intent: "link both interfaces with a getter that borrows a field of a field of the store data" }] }),
      ]);
      expect(parsed.missing).toEqual([]);
      expect(cell(parsed, "nested/nested-field-projection")).toMatchObject({ verdict: "expected", runtime: { pass: true } });
      expect(cell(parsed, "nested/field-projection").verdict).toBe("explored");
      if (parsed.proposals[0]!.rust.status !== "ran") return expect.soft(parsed.proposals[0]!.rust.status, "rustc is not on PATH here: the twins are not compiled").toBe("ran");
      expect(cell(parsed, "nested/nested-field-projection").rust).toMatchObject({ status: "checked", pass: true });
      const claimFile = join(folder, "nested-field-projection.ts");
      writeFileSync(claimFile, readFileSync(claimFile, "utf8").replace("// rust: compiles", "// rust: error E0308"));
      const wrong = report(await cli(["check", folder, ...scope]));
      expect(cell(wrong, "nested/nested-field-projection").problems.map((problem) => problem.kind)).toEqual(["rust-claim"]);
    },
    SLOW,
  );
});

describe("the pieces check is built from", () => {
  const file = "/proposal/fresh-view.ts";

  it("gives a process the JavaScript of a folder's TypeScript files, which it loads while a file's text is the text it was made from", async () => {
    const folder = join(scratch, "given");
    for (const sub of ["deeper", ".hidden", "node_modules"]) mkdirSync(join(folder, sub), { recursive: true });
    const [kept, changed] = [join(folder, "kept.ts"), join(folder, "deeper", "changed.ts")];
    for (const source of [kept, changed]) writeFileSync(source, 'export const word: string = "on disk";\n');
    for (const skipped of ["types.d.ts", ".hidden/hidden.ts", "node_modules/package.ts"]) writeFileSync(join(folder, skipped), "export {};\n");
    expect(spawnSync("mkfifo", [join(folder, "pipe.ts")]).status).toBe(0);
    symlinkSync(kept, join(folder, "link.ts"));
    // a process of its own: the module hooks are registered for good
    const script = `
      import { enableCellImports, giveTransforms } from ${JSON.stringify(pathToFileURL(join(kit, "src", "engine", "loading.ts")).href)};
      import { transformAhead } from ${JSON.stringify(pathToFileURL(join(kit, "src", "engine", "transforms.ts")).href)};
      import { writeFileSync } from "node:fs";
      const made = await transformAhead(${JSON.stringify(folder)});
      console.log(JSON.stringify(Object.keys(made).sort()));
      const given = Object.fromEntries(Object.entries(made).map(([file, { textHash }]) => [file, { textHash, code: 'export const word = "as given";' }]));
      enableCellImports();
      await giveTransforms(given);
      writeFileSync(${JSON.stringify(changed)}, 'export const word: string = "changed since";');
      for (const file of [${JSON.stringify(kept)}, ${JSON.stringify(changed)}]) console.log((await import(file)).word);
    `;
    const ran = await run(process.execPath, ["--import", tsxLoader, "--input-type=module", "-e", script], { cwd: kit });
    expect(ran.stderr).toBe("");
    expect(ran.stdout.trimEnd().split("\n")).toEqual([JSON.stringify([changed, kept]), "as given", "changed since"]);
  });

  it("takes a misspelled header key for a malformed header, not for prose", () => {
    const header = (line: string) => failure(() => parseHeader(`// scenario: fresh-view\n${line}\ncode();\n`, file));
    expect(header("// Expect: compiles")).toBeInstanceOf(CellFormatError);
    expect((header('// expects: error TS2322 at 3 "x"') as Error).message).toMatch(/"expects:" is not a header key: write "expect:"/);
    expect((header("// expect(ts7): compiles") as Error).message).toMatch(/write "expect\[ts7\]:"/);
    expect((failure(() => parseHeader("// scenaro: fresh-view\ncode();\n", file)) as Error).message).toMatch(/write "scenario:"/);
    expect(parseHeader("// scenario: fresh-view\n// Rust: compiles, with U = the closure's return type\ncode();\n", file).header.explored).toBe(true);
  });

  it("takes a design.ts that silences the compiler for a malformed proposal file", () => {
    const folder = copy(example, "silenced");
    const design = join(folder, "design.ts");
    writeFileSync(design, `// @ts-nocheck\n${readFileSync(design, "utf8")}`);
    const { malformed } = readProposal(folder, kitDesigns());
    expect(malformed.map((error) => error.message)).toEqual([expect.stringMatching(/silenced\/design\.ts:1: @ts-nocheck silences the compiler/)]);
  });

  it("describes anything thrown in one line, without trusting it", () => {
    const hostileProxy = new Proxy({}, { getPrototypeOf: () => { throw new Error("trap"); }, get: () => { throw new Error("trap"); } });
    expect(errorLine(Object.create(null))).toBe("thrown: an object with a null prototype");
    expect(errorLine({ toString: () => { throw new Error("no"); } })).toBe("thrown: an object that cannot be converted to a string");
    expect(errorLine(hostileProxy)).toBe("thrown: an object that cannot be converted to a string");
    expect(errorLine(Symbol("s"))).toBe("thrown: Symbol(s)");
    expect(errorLine(new TypeError("bad\nmore"))).toBe("TypeError: bad");
  });

  it("takes the user's directory from npm's INIT_CWD only when npm runs the kit's own script", () => {
    const kitJson = join(kit, "package.json");
    expect(workingDirectory({ INIT_CWD: "/home/me/work", npm_package_json: kitJson }, kit)).toBe("/home/me/work");
    expect(workingDirectory({ INIT_CWD: "/home/me/work", npm_package_json: kitJson }, "/elsewhere")).toBe("/elsewhere");
    expect(workingDirectory({}, "/elsewhere")).toBe("/elsewhere");
  });

  describe("accepting what the compilers observed", () => {
    const diagnostic = (line: number, code = 2322, message = "Type 'string' is not assignable to type 'number'."): Diagnostic => ({ file, line, column: 1, code, message });
    const text = ["// scenario: fresh-view", "// prose", "import x;", "", "const a: number = 'a';", ""].join("\n");
    const all = (diagnostics: readonly Diagnostic[]) => new Map(compilers.map((compiler) => [compiler.id, diagnostics]));

    it("pins the line the error is at once the header has grown", () => {
      expect(acceptObserved(text, file, { diagnostics: all([diagnostic(5)]) }).split("\n").slice(0, 3)).toEqual([
        "// scenario: fresh-view",
        `// expect: error TS2322 at 6 "Type 'string' is not assignable to type 'number'."`,
        "// prose",
      ]);
    });

    it("keeps a compiler that did not run as its lines were, moved with the header", () => {
      const pinned = ["// scenario: fresh-view", `// expect[ts6]: error TS2322 at 6 "Type"`, `// expect[ts7]: error TS2322 at 6 "Type"`, "import x;", "", "", "const a: number = 'a';", ""].join("\n");
      const accepted = acceptObserved(pinned, file, { diagnostics: new Map([["ts7", [diagnostic(7), diagnostic(7, 2345, "Argument of type 'x' is wrong")]]]) });
      expect(accepted.split("\n").slice(0, 4)).toEqual([
        "// scenario: fresh-view",
        `// expect[ts7]: error TS2322 at 8 "Type 'string' is not assignable to type 'number'."`,
        `// expect[ts7]: error TS2345 at 8 "Argument of type 'x' is wrong"`,
        `// expect[ts6]: error TS2322 at 7 "Type"`,
      ]);
    });

    it("keeps the file's line endings, and refuses an error about the whole program", () => {
      expect(acceptObserved(text.replace(/\n/g, "\r\n"), file, { diagnostics: all([]) })).toBe(
        ["// scenario: fresh-view", "// expect: compiles", "// prose", "import x;", "", "const a: number = 'a';", ""].join("\r\n"),
      );
      expect(() => acceptObserved(text, file, { diagnostics: all([{ ...diagnostic(0), file: "" }]) })).toThrow(/about the whole program/);
    });
  });
});
