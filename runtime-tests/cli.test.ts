// The command line, run as a user runs it (the sources under tsx's loader, as `npm start` does):
// the matrix of the kit, the check of a proposal (the worked example in docs/, and a copy of it
// outside the repository), every output format, help and version, where it writes, and every kind
// of bad input, which must be one line on stderr and exit status 2. runtime-tests/consumer.test.ts
// runs the installed package.

import { spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { kitDesigns } from "../src/report/kit.ts";
import { schemaErrors } from "./report-schema.ts";
import { run, stderrLines, type RunOptions } from "./run.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const main = join(kit, "src", "cli", "main.ts");
const example = join(kit, "docs", "proposal-example");
const schema = join(kit, "schema", "report.schema.json");
const { version } = JSON.parse(readFileSync(join(kit, "package.json"), "utf8")) as { version: string };

/** A user on a machine without rustc: the Rust column says "not run" (the Rust twins have tests of their own). */
const withoutRustc = { RUSTC: join(kit, "no-rustc-here") };

/** The CLI in one node process (no tsx wrapper process between the test and it, so signals reach it). */
function cli(args: readonly string[], options: Partial<RunOptions> = {}) {
  return run(process.execPath, ["--import", tsxLoader, main, ...args], { cwd: kit, ...options });
}

/** The unprivileged user the unreadable-folder test runs as when the tests run as root. */
const NOBODY = 65534;

const scratch = mkdtempSync(join(tmpdir(), "accessor-kit-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface ProposalFiles {
  read(file: string): string;
  write(file: string, text: string): void;
  remove(file: string): void;
}

/** A copy of the example proposal under the OS temp folder, changed by `edit`. */
function proposalCopy(name: string, edit: (files: ProposalFiles) => void = () => {}): string {
  const folder = join(scratch, name);
  cpSync(example, folder, { recursive: true });
  edit({
    read: (file) => readFileSync(join(folder, file), "utf8"),
    write: (file, text) => writeFileSync(join(folder, file), text),
    remove: (file) => rmSync(join(folder, file), { recursive: true }),
  });
  return folder;
}

// the whole matrix (every design x scenario, both compilers, rustc) on a shared 2-core machine
const SLOW = 600_000;

describe("accessor-kit matrix", () => {
  it(
    "prints the whole matrix as JSON, every kit cell as its header expects",
    async () => {
      const ran = await cli(["matrix", "--format", "json"]);
      expect(ran.stderr).toBe("");
      type Cell = { id: string; verdict: string; problems: string[] };
      const report = JSON.parse(ran.stdout) as { pass: boolean; designs: string[]; scenarios: string[]; cells: Cell[]; findings: Cell[] };
      expect(schemaErrors(schema, report)).toEqual([]);
      const unexpected = [...report.cells, ...report.findings].filter((cell) => cell.verdict === "unexpected");
      expect(unexpected.map((cell) => `${cell.id}: ${cell.problems.join("; ")}`)).toEqual([]);
      expect(report.pass).toBe(true);
      expect(report.designs).toEqual(expect.arrayContaining(["field-ref", "borrow-host", "borrow-mut", "get-host", "gat-like", "dyn-view", "wasi-impl"]));
      expect(report.cells.length).toBe(report.designs.length * report.scenarios.length);
      expect(ran.status).toBe(0);
    },
    SLOW,
  );

  it("prints the usage for --help and for help, naming every command", async () => {
    for (const args of [["--help"], ["help"]]) {
      const ran = await cli(args);
      expect(ran.status).toBe(0);
      expect(ran.stdout).toContain("accessor-kit check <folder>");
      expect(ran.stdout).toContain("accessor-kit help [command]");
    }
  });

  it("prints a command's help for help <command> and <command> --help", async () => {
    const help = await cli(["help", "check"]);
    expect(help.stdout).toMatch(/^usage: accessor-kit check <folder>\.\.\. \[options\]\n/);
    expect(help.status).toBe(0);
    expect((await cli(["check", "--help"])).stdout).toBe(help.stdout);
  });

  it("prints its version", async () => {
    const ran = await cli(["--version"]);
    expect(ran.stdout).toBe(`${version}\n`);
    expect(ran.status).toBe(0);
  });
});

describe("bad usage: one line on stderr, exit status 2, nothing on stdout", () => {
  const cases: readonly (readonly [intent: string, args: readonly string[], line: RegExp])[] = [
    ["an unknown flag", ["--colour"], /^accessor-kit: unknown option --colour/],
    ["an unknown format", ["--format", "xml"], /^accessor-kit: unknown format "xml"/],
    ["an unknown TypeScript version", ["--ts", "5"], /^accessor-kit: --ts 5: expected 7, 6, all/],
    ["an unknown design", ["--design", "field-ref,nope"], /^accessor-kit: unknown design "nope"/],
    ["an unknown scenario", ["--scenario", "fresh-veiw"], /^accessor-kit: unknown scenario "fresh-veiw"/],
    ["an unknown command", ["frobnicate"], /^accessor-kit: unknown command "frobnicate"/],
    ["help on an unknown command", ["help", "frobnicate"], /^accessor-kit: unknown command "frobnicate" \(commands: matrix, check, report, init, help/],
    ["an option of another command", ["matrix", "--accept"], /^accessor-kit: --accept is an option of check, not of matrix/],
    ["a time limit that is not one", ["check", main, "--timeout", "soon"], /^accessor-kit: --timeout soon: expected a positive number of seconds/],
    ["a repository URL that is not one", ["--repo-url", "github.com/me"], /^accessor-kit: --repo-url github\.com\/me: expected an http\(s\) URL/],
    ["check without a folder", ["check"], /^accessor-kit: check needs a proposal's folder/],
    ["a proposal folder that does not exist", ["check", join(kit, "no-such-proposal")], /no-such-proposal: no such folder$/],
    ["a proposal that is a file", ["check", main], /main\.ts is not a folder/],
  ];
  for (const [intent, args, line] of cases) {
    it(`refuses ${intent}`, async () => {
      const ran = await cli(args);
      expect(ran.stderr.trimEnd()).toMatch(line);
      expect(stderrLines(ran)).toHaveLength(1);
      expect(ran.stdout).toBe("");
      expect(ran.status).toBe(2);
    });
  }
});

describe("bad proposals: one line on stderr naming the problem, exit status 2", () => {
  const proposals: readonly (readonly [intent: string, make: () => string, line: RegExp])[] = [
    ["an empty folder", () => proposalCopy("empty", (files) => readdirSync(example).forEach(files.remove)), /empty is empty: a proposal holds design\.ts/],
    ["a folder without design.ts", () => proposalCopy("no-design", (files) => files.remove("design.ts")), /no-design has no design\.ts/],
    [
      "a design that throws while loading",
      () => proposalCopy("throwing-design", (files) => files.write("design.ts", `${files.read("design.ts")}\nthrow new Error("the design is not ready");\n`)),
      /throwing-design\/design\.ts does not load: Error: the design is not ready$/,
    ],
    [
      "a design that is not valid TypeScript",
      () => proposalCopy("broken-design", (files) => files.write("design.ts", `${files.read("design.ts")}\nexport const = 1;\n`)),
      /broken-design\/design\.ts does not load: .*Expected identifier/,
    ],
  ];
  for (const [intent, make, line] of proposals) {
    it(`refuses ${intent}`, async () => {
      const ran = await cli(["check", make(), "--ts", "7"], { env: withoutRustc });
      expect(ran.stderr.trimEnd()).toMatch(line);
      expect(stderrLines(ran)).toHaveLength(1);
      expect(ran.stdout).toBe("");
      expect(ran.status).toBe(2);
    });
  }

  // root reads anything: run the CLI as nobody then, who may enter the scratch folder but not the
  // proposal. That needs a kit nobody can read (a clone inside a private folder is not): else skip.
  const asRoot = process.getuid?.() === 0;
  const nobodyReadsKit = !asRoot || spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(main)})`], { uid: NOBODY, gid: NOBODY }).status === 0;
  const unreadableTest = nobodyReadsKit ? it : it.skip;
  unreadableTest(`refuses a folder it cannot read${nobodyReadsKit ? "" : " (skipped: run as root, and nobody cannot read the kit here)"}`, async () => {
    const folder = proposalCopy("unreadable");
    chmodSync(folder, 0o000);
    try {
      chmodSync(scratch, 0o755);
      const ran = await cli(["check", folder], asRoot ? { uid: NOBODY } : {});
      expect(ran.stderr.trimEnd()).toMatch(/unreadable cannot be read: permission denied$/);
      expect(stderrLines(ran)).toHaveLength(1);
      expect(ran.status).toBe(2);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});

describe("accessor-kit check: review a proposal beside the kit's designs", () => {
  it(
    "checks the worked example in docs/ on both compilers: every judged cell as expected, the explored one reported",
    async () => {
      const ran = await cli(["check", example, "--design", "field-ref"], { env: { ...withoutRustc, COLUMNS: "72" } });
      expect(ran.stderr).toBe("");
      expect(ran.stdout.split("\n").filter((line) => line.length > 72)).toEqual([]);
      expect(ran.stdout).toMatch(/^proposal-example\s+✓ runs/m);
      expect(ran.stdout).toContain("? proposal-example/type-erased-getter");
      expect(ran.stdout).toMatch(/fresh-view: runs, unlike every kit design: field-ref \(TS2322\)/);
      expect(ran.stdout).toMatch(/0 unexpected\./);
      expect(ran.status).toBe(0);
    },
    SLOW,
  );

  it(
    "checks a copy outside the repository, run from there, with accessor-kit resolved to the kit",
    async () => {
      const folder = proposalCopy("lend-host");
      const ran = await cli(["check", folder, "--ts", "7", "--design", "get-host", "--format", "json"], { cwd: folder, env: withoutRustc });
      expect(ran.stderr).toBe("");
      const report = JSON.parse(ran.stdout) as {
        pass: boolean;
        proposals: { design: string; differences: { scenario: string; proposal?: string }[] }[];
        cells: { design: string; scenario: string; verdict: string; runtime: { pass: boolean } | null }[];
      };
      const own = report.cells.filter((cell) => cell.design === "lend-host");
      expect(own.map((cell) => [cell.scenario, cell.verdict])).toContainEqual(["shared-table", "expected"]);
      expect(own.find((cell) => cell.scenario === "shared-table")?.runtime).toEqual({ pass: true });
      expect(own.find((cell) => cell.scenario === "type-erased-getter")?.verdict).toBe("explored");
      expect(report.proposals.map((proposal) => proposal.design)).toEqual(["lend-host"]);
      expect(report.pass).toBe(true);
      expect(ran.status).toBe(0);
    },
    SLOW,
  );

  it(
    "checks again after each edit to any of its proposals under --watch, the edit seen by every compiler",
    async () => {
      const first = proposalCopy("watched");
      // A second proposal may not bring the first's scenario again.
      const folder = proposalCopy("watched-too", (files) => ["scenarios", "lent-host-kept.ts"].forEach(files.remove));
      let stdout = "";
      let child: ChildProcess | undefined;
      const running = cli(["check", first, folder, "--design", "field-ref", "--format", "junit", "--watch"], {
        env: withoutRustc,
        started: (started) => {
          child = started;
          started.stdout?.on("data", (chunk: string) => (stdout += chunk));
        },
      });
      const reports = () => stdout.split("</testsuites>").slice(0, -1);
      const until = async (count: number) => {
        while (reports().length < count) await new Promise((wait) => setTimeout(wait, 100));
      };
      await until(1);
      expect(reports()[0]).not.toContain("<failure");
      writeFileSync(join(folder, "shared-table.ts"), `${readFileSync(join(folder, "shared-table.ts"), "utf8")}\nexport const watched: number = "not a number";\n`);
      await until(2);
      const failures = reports()[1]!.split("<failure").slice(1);
      expect(failures.length).toBeGreaterThan(0);
      for (const compiler of ["ts7", "ts6"]) expect(failures.join("")).toContain(`${compiler}`);
      expect(failures.join("")).toContain("TS2322");
      child!.kill();
      await running;
    },
    SLOW,
  );

  it(
    "reports a cell naming an unknown scenario with the report, whatever --scenario asks, and fails",
    async () => {
      const folder = proposalCopy("unknown-scenario", (files) => files.write("fresh-veiw.ts", files.read("fresh-view.ts").replace("scenario: fresh-view", "scenario: fresh-veiw")));
      const ran = await cli(["check", folder, "--ts", "7", "--design", "field-ref", "--scenario", "fresh-view"], { env: withoutRustc });
      expect(ran.stdout).toMatch(/unknown-scenario\/fresh-veiw\.ts:1: unknown\s+scenario "fresh-veiw"/);
      expect(ran.status).toBe(1);
    },
    SLOW,
  );

  it(
    "annotates each mistake once for GitHub, where it happened, relative to the workspace, and writes the step summary",
    async () => {
      /** The 1-based line of the first line of `text` containing `fragment`. */
      const lineOf = (text: string, fragment: string) => text.split("\n").findIndex((line) => line.includes(fragment)) + 1;
      let claimed = 0;
      let unclaimed: number[] = [];
      const folder = proposalCopy("wrong-claims", (files) => {
        // fresh-view compiles, but now claims an error on its sockets line; one-getter-many-interfaces
        // has two errors, but now claims it compiles.
        const fresh = files.read("fresh-view.ts");
        claimed = lineOf(fresh, "sockets.addToLinker");
        files.write("fresh-view.ts", fresh.replace("// expect: compiles", `// expect: error TS2322 at ${claimed} "Borrow"`));
        const one = files.read("one-getter-many-interfaces.ts").replace(/(\/\/ expect: error TS2345 at \d+ .*\n)+/, "// expect: compiles\n");
        unclaimed = [lineOf(one, "sockets.addToLinker"), lineOf(one, "http.addToLinker")];
        files.write("one-getter-many-interfaces.ts", one);
      });
      const summary = join(scratch, "step-summary.md");
      const github = { ...withoutRustc, GITHUB_WORKSPACE: scratch, GITHUB_STEP_SUMMARY: summary };
      const ran = await cli(["check", folder, "--design", "field-ref", "--scenario", "fresh-view,one-getter-many-interfaces", "--format", "github"], { env: github });
      const annotations = ran.stdout.split("\n").filter((line) => line.startsWith("::error "));
      // Both compilers report each mistake: one annotation names both.
      expect(annotations).toEqual([
        `::error file=wrong-claims/fresh-view.ts,line=${claimed},col=1,title=wrong-claims/fresh-view (ts7%2C ts6)::expected TS2322 at ${claimed} "Borrow", not reported`,
        ...unclaimed.map((line) =>
          expect.stringMatching(new RegExp(`^::error file=wrong-claims/one-getter-many-interfaces\\.ts,line=${line},col=\\d+,title=.*::unexpected TS2345 at ${line}: `)),
        ),
      ]);
      expect(ran.stdout.endsWith("accessor-kit: 2 cell(s) with unexpected outcomes\n")).toBe(true);
      expect(readFileSync(summary, "utf8")).toMatch(/^## accessor-kit check .*wrong-claims: 2 cell\(s\) with unexpected outcomes\n\n\| design \|/);
      expect(ran.status).toBe(1);
    },
    SLOW,
  );
});

describe("where the kit writes", () => {
  /** The scratch folders of runs with this cache folder. */
  const scratchFolders = (cache: string) => (existsSync(join(cache, "tmp")) ? readdirSync(join(cache, "tmp")) : []);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(
      `removes its temporary files when it is stopped by ${signal}, and ends by that signal`,
      async () => {
        const cache = mkdtempSync(join(scratch, "cache-"));
        const ran = await cli(["matrix", "--ts", "7", "--design", kitDesigns()[0]!, "--format", "github", "--cache-dir", cache], {
          env: withoutRustc,
          started: (child) => {
            // Stop it once it has made its scratch folder (for the first program config it writes).
            const poll = setInterval(() => {
              if (scratchFolders(cache).length === 0) return;
              clearInterval(poll);
              child.kill(signal);
            }, 20);
            child.on("exit", () => clearInterval(poll));
          },
        });
        expect(ran.signal).toBe(signal);
        expect(scratchFolders(cache)).toEqual([]);
      },
      SLOW,
    );
  }
});
