import { spawnSync } from "node:child_process";
import { existsSync, lutimesSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CellFormatError,
  compilersAheadFor,
  type CellEvaluation,
  EngineError,
  evaluate,
  type Evaluation,
  findCells,
  judge,
  parseHeader,
  parseTscOutput,
  kitRoot,
  locateCompiler,
  readCellFolder,
  readScenarioCell,
  compilers,
  startCompilersAhead,
  supportModules,
  writeProgramConfig,
  type ProgramCheck,
} from "../src/engine/index.ts";
import { compilerProcess } from "../src/engine/ahead.ts";
import { compilerNodeOptions } from "../src/engine/compilers.ts";
import { hashText, pruneCache, resultCache, type ResultCache } from "../src/engine/cache.ts";
import { cacheFolder } from "../src/engine/scratch.ts";
import { cachedProgram, checkProgram, checksInService, checkWithTsc, keepCompilersWarm } from "../src/engine/tsc.ts";
import { scenarios } from "../src/scenarios/index.ts";

// The fixture kit lives in a dot folder, which TypeScript's `include` globs skip: its cells fail on
// purpose, so the repo-wide check must leave them to the engine (see fixtures/README.md).
const miniKit = fileURLToPath(new URL("./fixtures/.mini-kit/", import.meta.url));
const malformedKit = fileURLToPath(new URL("./fixtures/.malformed-kit/", import.meta.url));
const cellFile = (id: string) => join(miniKit, "type-tests", `${id}.ts`);
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** What `script` (an ES module run from the kit's sources in a process of its own, given `input` as JSON) writes to stdout, as JSON. */
function inNewProcess<T>(script: string, input: unknown, env: NodeJS.ProcessEnv = process.env): T {
  const ran = spawnSync(process.execPath, ["--import", tsx, "--input-type=module", "-e", script, JSON.stringify(input)], { env, encoding: "utf8" });
  return JSON.parse(ran.stdout) as T;
}

let evaluation: Evaluation;
beforeAll(async () => {
  evaluation = await evaluate({ root: miniKit });
}, 180_000);

function evaluated(id: string): CellEvaluation {
  const found = evaluation.cells.find((e) => e.cell.id === id);
  if (found === undefined) throw new Error(`no fixture cell ${id}`);
  return found;
}

/** The problems each compiler found with the cell, by compiler. */
function problems(id: string) {
  const { compile } = evaluated(id);
  return { ts7: compile.ts7?.problems, ts6: compile.ts6?.problems };
}

function onBoth(lines: string[]) {
  return { ts7: lines, ts6: lines };
}

describe("judging a cell by code, line and message fragment, on TS 7 and TS 6", () => {
  it("passes a cell whose pinned error occurs with its code, at its line, with its fragment", () => {
    expect(problems("tiny/shared-table")).toEqual(onBoth([]));
    expect(evaluated("tiny/shared-table").compile.ts7).toMatchObject({ outcome: "errors", pass: true });
  });

  it("fails a cell pinned to another code than the one reported", () => {
    expect(problems("wrong/field-projection")).toEqual(
      onBoth([
        `expected TS2322 at 6 "Property 'sockets' is missing", got another code: TS2741 Property 'sockets' is missing in type '{ table: ResourceTable; ctx: SocketsCtx; }' but required in type 'SocketsView'.`,
      ]),
    );
  });

  it("fails a cell pinned to another line than the one reported, finding its fragment deeper in the message chain", () => {
    expect(problems("wrong/shared-table")).toEqual(
      onBoth([`expected TS2345 at 7 "Property 'http' is missing", found at another line: 6`]),
    );
  });

  it("fails a cell whose expected error is not reported at all", () => {
    expect(problems("wrong/fresh-view")).toEqual(onBoth([`expected TS2741 at 6 "Property 'sockets' is missing", not reported`]));
    expect(evaluated("wrong/fresh-view").compile.ts7?.outcome).toBe("compiles");
  });

  it("fails a cell with one more error than it expects", () => {
    expect(problems("wrong/capturing-getter")).toEqual(
      onBoth([`unexpected TS2322 at 6: Type 'string' is not assignable to type 'number'.`]),
    );
  });

  it("fails a cell whose pinned fragment is not in the message", () => {
    expect(problems("wrong/no-annotations")).toEqual(
      onBoth([
        `expected TS2741 at 6 "Property 'http' is missing": the message lacks the fragment: Property 'sockets' is missing in type '{ table: ResourceTable; ctx: SocketsCtx; }' but required in type 'SocketsView'.`,
      ]),
    );
  });

  it("fails a correctly written cell when the design module it imports does not compile", () => {
    expect(problems("broken/field-projection")).toEqual(
      onBoth([`unexpected TS2322 at ../../designs/broken.ts:4: Type 'string' is not assignable to type 'number'.`]),
    );
  });

  it("charges an error in a support module to the cell that imports it, pinned there with at <file>:<line>", () => {
    expect(problems("tiny/third-party-host")).toEqual(onBoth([]));
    expect(evaluated("tiny/third-party-host").compile.ts6?.diagnostics).toMatchObject([
      { file: cellFile("tiny/third-party-host.lib"), line: 5, code: 2741 },
    ]);
  });

  it("reports an explored cell's outcome without judging it", () => {
    const explored = evaluated("tiny/fresh-view");
    expect(explored.cell.header.explored).toBe(true);
    expect(explored.compile.ts7).toMatchObject({ outcome: "compiles", pass: true, problems: [] });
  });

  it("judges findings like cells: a single file, and a folder whose own tsconfig turns skipLibCheck off", () => {
    expect(problems("findings/literal-widening")).toEqual(onBoth([]));
    expect(problems("findings/strict-lib")).toEqual(onBoth([]));
    expect(evaluated("findings/strict-lib").compile.ts7?.diagnostics).toMatchObject([
      { file: join(miniKit, "type-tests/findings/strict-lib/resolver.d.ts"), line: 3, code: 2304 },
    ]);
  });

  it("checks with both configured compilers, verified by version, in one program per kind of cell", () => {
    expect(evaluation.runs.map(({ compiler, version, programs }) => ({ compiler, version, programs }))).toEqual([
      { compiler: "ts7", version: "7.0.2", programs: 3 },
      { compiler: "ts6", version: "6.0.3", programs: 3 },
    ]);
    expect(evaluation.pass).toBe(false);
  });
});

describe("running the cells that compile on TS 7 against the real guest", () => {
  it("passes a cell whose link() drives the guest through its scenario", () => {
    expect(evaluated("tiny/field-projection").runtime).toEqual({ pass: true });
  });

  it("reports a guest that cannot be instantiated as a failed check, not a crash", () => {
    expect(evaluated("tiny/capturing-getter").runtime).toEqual({
      pass: false,
      stage: "check",
      error: expect.stringMatching(/^LinkError: the guest imports 3 undefined function\(s\): example:http\/outgoing-handler#handle/),
    });
  });

  it("reports a link() that throws as a result of the link stage", () => {
    expect(evaluated("tiny/no-annotations").runtime).toEqual({ pass: false, stage: "link", error: "Error: no store data today" });
  });

  it("reports a cell that throws while it is imported as a result of the import stage", () => {
    expect(evaluated("tiny/type-erased-getter").runtime).toMatchObject({ pass: false, stage: "import", error: expect.stringMatching(/^SyntaxError: /) });
  });

  it("passes a run that fails as the cell's run: line pins it, keeping how it failed", () => {
    expect(evaluated("tiny/owned-host").runtime).toEqual({
      pass: true,
      failure: { stage: "link", error: "Error: the store data was lent twice" },
    });
  });

  it("fails a run that passes although the cell pins a failure, and one that fails saying something else", () => {
    expect(evaluated("wrong/owned-host").runtime).toEqual({ pass: false, stage: "check", error: "the run passed", pinned: "lent twice" });
    expect(evaluated("wrong/type-erased-getter").runtime).toEqual({
      pass: false,
      stage: "link",
      error: "Error: the store data was lent twice",
      pinned: "lent three times",
    });
  });

  it("does not run cells that fail to compile, nor findings", () => {
    expect(evaluated("tiny/shared-table").runtime).toBeUndefined();
    expect(evaluated("findings/literal-widening").runtime).toBeUndefined();
  });
});

describe("reading cell headers strictly: one CellFormatError naming file:line", () => {
  const file = cellFile("tiny/shared-table");
  const header = (...lines: string[]) => [...lines, "", "export {};"].join("\n");
  const failure = (...lines: string[]) => {
    try {
      parseHeader(header(...lines), file);
    } catch (error) {
      if (error instanceof CellFormatError) return error.message.replace(/^.*\/shared-table\.ts/, "shared-table.ts");
      throw error;
    }
    throw new Error("the header was accepted");
  };

  it("reads a pinned run failure", () => {
    const { header: parsed } = parseHeader(header("// scenario: shared-table", "// expect: compiles", '// run: fails "lent to 2 host calls"'), file);
    expect(parsed.run).toEqual({ kind: "fails", fragment: "lent to 2 host calls" });
  });

  it("reads the scenario, per-compiler expectations and the rust claim", () => {
    const { subject, header: parsed } = parseHeader(
      header(
        "// scenario: shared-table",
        `// expect[ts7]: error TS2322 at 6 "Type '"a"' is not"`,
        "// expect[ts6]: compiles",
        "// rust: error E0308 E0515 nocode",
        "// prose: anything else is prose",
      ),
      file,
    );
    expect(subject).toEqual({ key: "scenario", name: "shared-table", line: 1 });
    expect(parsed).toEqual({
      expect: [],
      expectFor: { ts7: [{ kind: "error", code: 2322, file, line: 6, fragment: `Type '"a"' is not` }], ts6: [{ kind: "compiles" }] },
      explored: false,
      rust: { kind: "error", codes: ["E0308", "E0515", "nocode"] },
    });
  });

  it.each([
    [["// scenario: shared-table", "// expect: error 2322 at 3 \"x\""], /^shared-table\.ts:2: malformed expect line "error 2322 at 3 "x""/],
    [["// scenario: shared-table", "// expect compiles"], /^shared-table\.ts:2: "expect compiles" lacks its colon/],
    [["// scenario: shared-table", "// expect[ts5]: compiles"], /^shared-table\.ts:2: unknown compiler "ts5" in expect\[ts5\] \(known: ts7, ts6\)/],
    [["// scenario: shared-table", "// expect: compiles", '// expect: error TS2322 at 3 "x"'], /^shared-table\.ts:3: "compiles" and other expectations/],
    [["// scenario: shared-table", '// expect: error TS2322 at 3 ""'], /^shared-table\.ts:2: .* empty message fragment/],
    [["// scenario: shared-table", '// expect: error TS2322 at 99 "x"'], /^shared-table\.ts:2: expect line points at line 99, but the cell has 4 lines/],
    [["// scenario: shared-table", '// expect: error TS2322 at nowhere.lib.ts:1 "x"'], /^shared-table\.ts:2: expect line names "nowhere\.lib\.ts", which does not exist/],
    [["// scenario: shared-table", '// expect[ts6]: error TS2322 at 3 "x"'], /^shared-table\.ts:2: no expect line covers ts7/],
    [["// scenario: shared-table", "// expect[ts6]: compiles", "// expect[ts7]: compiles", "// expect: compiles"], /^shared-table\.ts:4: this "expect:" line is never used/],
    [["// scenario: shared-table", "// rust: error E308"], /^shared-table\.ts:2: malformed rust line "error E308": "E308" is not an error code/],
    [["// scenario: shared-table", "// rust: fails"], /^shared-table\.ts:2: malformed rust line "fails"/],
    [["// scenario: shared-table", "// scenario: shared-table"], /^shared-table\.ts:2: a second "scenario:" line/],
    [["// scenario: Shared Table"], /^shared-table\.ts:1: "scenario: Shared Table" is not a scenario id/],
    [["// scenario: shared-table", "// rust[ts6]: compiles"], /^shared-table\.ts:2: "rust" takes no \[compiler\]/],
    [["// scenario: shared-table", "import 'x';", "// expect: compiles"], /^shared-table\.ts:3: header line "expect:" after the code starts at line 2/],
    [["// scenario: shared-table", "// expect: compiles", "// run: passes"], /^shared-table\.ts:3: malformed run line "passes"/],
    [["// scenario: shared-table", "// expect: compiles", '// run: fails ""'], /^shared-table\.ts:3: run line .* has an empty fragment/],
    [["// scenario: shared-table", "// expect: compiles", '// run fails "x"'], /^shared-table\.ts:3: "run fails" lacks its colon/],
    [["// scenario: shared-table", "// expect: compiles", '// run: fails "x"', '// run: fails "y"'], /^shared-table\.ts:4: a second "run:" line/],
    [["// scenario: shared-table", '// expect: error TS2322 at 3 "x"', '// run: fails "x"'], /^shared-table\.ts:3: a "run:" line needs the cell to be expected to compile on ts7/],
    [["// scenario: shared-table", '// run: fails "x"'], /^shared-table\.ts:2: a "run:" line needs the cell to be expected to compile/],
    [["// finding: literal-widening", "// expect: compiles", '// run: fails "x"'], /^shared-table\.ts:3: "run:" in a finding/],
    [["// scenario: shared-table", "// expect: compiles", '// run[ts6]: fails "x"'], /^shared-table\.ts:3: "run" takes no \[compiler\]/],
    [["// scenario: shared-table", "// expect: compiles", "// @ts-expect-error", "let x: number = 'a';"], /^shared-table\.ts:3: @ts-expect-error silences the compiler/],
    [["// scenario: shared-table", "// expect: compiles", "let x: number = 'a'; // @ts-ignore"], /^shared-table\.ts:3: @ts-ignore silences the compiler/],
    [["// @ts-nocheck", "// scenario: shared-table", "// expect: compiles"], /^shared-table\.ts:1: @ts-nocheck silences the compiler/],
  ])("rejects %j", (lines, message) => {
    expect(failure(...lines)).toMatch(message);
  });

  it("refuses a support module that silences the compiler, since its errors count against the cells", () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-silenced-"));
    try {
      writeFileSync(join(folder, "shared-table.ts"), "// scenario: shared-table\n// expect: compiles\nexport {};\n");
      writeFileSync(join(folder, "host.lib.ts"), "// @ts-expect-error\nexport const n: number = 'a';\n");
      const found = readCellFolder(folder, "silenced");
      expect(found.cells.map((cell) => cell.id)).toEqual(["silenced/shared-table"]);
      expect(found.malformed.map((error) => error.message.replace(/^.*\//, ""))).toEqual([
        "host.lib.ts:1: @ts-expect-error silences the compiler; a cell pins what it reports in its header instead",
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("rejects a cell whose scenario is unknown, is not its file name, or is missing, and still finds the others", () => {
    const found = findCells(malformedKit);
    expect(found.cells.map((cell) => cell.id)).toEqual(["tiny/field-projection"]);
    expect(found.malformed.map((error) => error.message.replace(/^.*\/type-tests\//, ""))).toEqual([
      `tiny/capturing-getter.ts:1: no "// scenario: <id>" line: a cell's header names its scenario`,
      `tiny/fresh-view.ts:2: malformed expect line "error 2322 at 4 "fresh"": write "compiles" or 'error TS<code> at <line> "<message fragment>"'`,
      `tiny/fresh-views.ts:1: unknown scenario "fresh-views" (known: ${scenarios.map((scenario) => scenario.id).join(", ")})`,
      `tiny/shared-table.ts:1: scenario "fresh-view" does not match the file name shared-table.ts`,
    ]);
  });

  it("rejects a finding header in a design folder", () => {
    expect(() => readScenarioCell(join(miniKit, "type-tests/findings/literal-widening.ts"), "tiny")).toThrow(
      /literal-widening\.ts:1: "finding:" in a design folder/,
    );
  });
});

describe("choosing what to evaluate", () => {
  it("selects design cells by design and scenario, leaving findings out", () => {
    const { cells } = findCells(miniKit, { designs: ["wrong"], scenarios: ["shared-table", "fresh-view"] });
    expect(cells.map((cell) => cell.id)).toEqual(["wrong/fresh-view", "wrong/shared-table"]);
  });

  it("selects findings by name", () => {
    expect(findCells(miniKit, { findings: ["strict-lib"] }).cells.map((cell) => cell.id)).toEqual(["findings/strict-lib"]);
  });

  it.each([
    [{ designs: ["nope"] }, `unknown design "nope": there is no type-tests/nope/ folder`],
    [{ scenarios: ["nope"] }, /^unknown scenario "nope" \(known: field-projection, /],
    [{ findings: ["nope"] }, `unknown finding "nope": there is no type-tests/findings/nope.ts or nope/`],
    [{ compilers: ["ts5" as "ts7"] }, `unknown compiler "ts5" (known: ts7, ts6)`],
  ])("refuses an unknown name in %j with a one-line EngineError", async (options, message) => {
    const refused = evaluate({ root: miniKit, ...options });
    await expect(refused).rejects.toThrow(EngineError);
    await expect(refused).rejects.toThrow(message);
  });
});

describe("a program's check and the result cache", () => {
  it("keeps a whole check's diagnostics, and nothing a check resumed from the compiler's state found (a watch re-run)", async () => {
    const stored: unknown[] = [];
    const cache = (resume: boolean): ResultCache => ({ lookup: () => undefined, store: (...entry) => void stored.push(entry), folder: () => undefined, stateFile: (kind) => ({ file: join(tmpdir(), kind), resume }) });
    const check = async () => ({ diagnostics: [], imports: new Map(), files: [] });
    const ts7 = compilers.find((compiler) => compiler.id === "ts7")!;
    await cachedProgram(cache(true), ts7, { files: [] }).compute(check);
    expect(stored).toEqual([]);
    await cachedProgram(cache(false), ts7, { files: [] }).compute(check);
    expect(stored).toHaveLength(1);
  });
});

describe("finding and verifying a compiler before anything runs", () => {
  it("finds the configured TypeScript 7 (and its native executable) and TypeScript 6 through node's module resolution, by their packages' versions", () => {
    const platformPackage = join(kitRoot, `node_modules/@typescript/typescript-${process.platform}-${process.arch}`);
    expect(locateCompiler({ id: "ts7", package: "typescript", version: "7.0.2" })).toEqual({
      bin: join(kitRoot, "node_modules/typescript/bin/tsc"),
      version: "7.0.2",
      // where npm installed the optional package of this platform
      ...(existsSync(platformPackage) ? { native: join(platformPackage, "lib/tsc") } : {}),
    });
    expect(locateCompiler({ id: "ts6", package: "ts6", version: "6.0.3" })).toEqual({ bin: join(kitRoot, "node_modules/ts6/bin/tsc"), version: "6.0.3" });
  });

  it("refuses a package that is TypeScript at another version, saying how to install the right one", () => {
    expect(() => locateCompiler({ id: "ts7", package: "ts6", version: "7.0.2" })).toThrow(
      new EngineError(`ts7 needs typescript@7.0.2, but "ts6" is typescript@6.0.3 (${join(kitRoot, "node_modules/ts6")}): npm i -D ts6@npm:typescript@7.0.2`),
    );
  });

  it("refuses a package that is not TypeScript", () => {
    expect(() => locateCompiler({ id: "ts7", package: "vitest", version: "7.0.2" })).toThrow(/^ts7 needs typescript@7\.0\.2, but "vitest" is vitest@/);
  });

  it("names a compiler that is not installed in one line, with the command that installs it", () => {
    expect(() => locateCompiler({ id: "ts58", package: "ts58", version: "5.8.3" })).toThrow(
      new EngineError("ts58 needs typescript@5.8.3, which is not installed where accessor-kit can find it: npm i -D ts58@npm:typescript@5.8.3"),
    );
  });
});

describe("reading tsc --pretty false --explainFiles output", () => {
  const output = [
    "type-tests/a/cell.ts(3,7): error TS2345: Argument of type 'X' is not assignable to parameter of type 'Y'.",
    "  The types of 'a.b' are incompatible between these types.",
    "    Type 'string' is not assignable to type 'number'.",
    "error TS5023: Unknown compiler option 'nope'.",
    "designs/a.ts",
    "   Imported via \"../../designs/a.ts\" from file 'type-tests/a/cell.ts'",
    "   File is ECMAScript module because 'package.json' has field \"type\" with value \"module\"",
    "src/index.ts",
    "  Imported via \"accessor-kit\" from file 'designs/a.ts' with packageId 'accessor-kit/src/index.ts@0.1.0'",
  ].join("\n");
  const { diagnostics, imports } = parseTscOutput(output);
  const root = fileURLToPath(new URL("../", import.meta.url));

  it("keeps a diagnostic's whole message chain, and a diagnostic about the whole program", () => {
    expect(diagnostics).toEqual([
      {
        file: join(root, "type-tests/a/cell.ts"),
        line: 3,
        column: 7,
        code: 2345,
        message:
          "Argument of type 'X' is not assignable to parameter of type 'Y'.\nThe types of 'a.b' are incompatible between these types.\nType 'string' is not assignable to type 'number'.",
      },
      { file: "", line: 0, column: 0, code: 5023, message: "Unknown compiler option 'nope'." },
    ]);
  });

  it("reads who imports whom, with TS 7's and TS 6's indentation", () => {
    expect(imports).toEqual(
      new Map([
        [join(root, "type-tests/a/cell.ts"), new Set([join(root, "designs/a.ts")])],
        [join(root, "designs/a.ts"), new Set([join(root, "src/index.ts")])],
      ]),
    );
  });
});

describe("judging per compiler", () => {
  const cell = readScenarioCell(cellFile("tiny/shared-table"), "tiny");
  const split = {
    ...cell,
    header: { ...cell.header, expect: [{ kind: "compiles" as const }], expectFor: { ts6: cell.header.expect } },
  };
  const reported = [{ file: cell.file, line: 8, column: 39, code: 2741, message: "Property 'sockets' is missing in type" }];

  it("holds a compiler to its own expect[<id>] lines over the plain ones", () => {
    expect(judge(split, "ts6", reported)).toMatchObject({ pass: true, problems: [] });
    expect(judge(split, "ts7", reported)).toMatchObject({
      pass: false,
      problems: ["unexpected TS2741 at 8: Property 'sockets' is missing in type"],
    });
  });
});

describe("TypeScript 6's service: one process sharing the library work between programs", () => {
  it("reports exactly what tsc -p reports for each program: diagnostics, who imports whom, the files", async () => {
    const ts6 = compilers.find((compiler) => compiler.id === "ts6")!;
    const { cells } = findCells(miniKit);
    const files = (kind: "scenario" | "finding") => cells.filter((cell) => cell.kind === kind && !("tsconfig" in cell && cell.tsconfig)).map((cell) => cell.file);
    const programs = [
      ...(["scenario", "finding"] as const).map((kind) => ({ files: [...files(kind), ...supportModules(files(kind))] })),
      ...cells.flatMap((cell) => (cell.kind === "finding" && cell.tsconfig !== undefined ? [{ tsconfig: cell.tsconfig }] : [])),
    ];
    const comparable = ({ diagnostics, imports, files: read }: ProgramCheck) => ({
      diagnostics: [...diagnostics].sort((a, b) => `${a.file}:${a.line}:${a.column}:${a.code}`.localeCompare(`${b.file}:${b.line}:${b.column}:${b.code}`)),
      imports: [...imports].map(([from, to]) => [from, [...to].sort()]).sort(),
      files: [...read].sort(),
    });
    expect(checksInService(ts6, programs.length)).toBe(true);
    for (const program of programs) {
      expect(comparable(await checkProgram(ts6, program))).toEqual(comparable(await checkWithTsc(ts6, program)));
    }
  }, 180_000);
});

describe("where a run's programs are checked", () => {
  const ts6 = compilers.find((compiler) => compiler.id === "ts6")!;
  const ts7 = compilers.find((compiler) => compiler.id === "ts7")!;

  it("sends TypeScript 6's programs to its service when there is more than one to check, or the compilers are kept warm (--watch); one alone to tsc -p", () => {
    expect([checksInService(ts6, 2), checksInService(ts6, 1)]).toEqual([true, false]);
    keepCompilersWarm(true);
    try {
      expect(checksInService(ts6, 1)).toBe(true);
    } finally {
      keepCompilersWarm(false);
    }
  });

  it("checks TypeScript 7's programs with tsc -p, which has no JavaScript API to serve them", () => {
    expect(checksInService(ts7, 8)).toBe(false);
  });
});

describe("TypeScript 6's tsc: in a process started ahead, with its compiled code kept", () => {
  const ts6 = compilers.find((compiler) => compiler.id === "ts6")!;
  const cells = findCells(miniKit).cells.filter((cell) => cell.kind === "scenario").map((cell) => cell.file);
  const program = { files: [...cells, ...supportModules(cells)] };
  const comparable = ({ diagnostics, imports, files }: ProgramCheck) => ({ diagnostics, imports: [...imports].map(([from, to]) => [from, [...to]]), files });
  /** What `node <tsc> -p` says of the program, as the engine reads it. */
  const plainTsc = () => {
    const config = writeProgramConfig(program);
    try {
      return comparable(parseTscOutput(spawnSync(process.execPath, [locateCompiler(ts6).bin, "-p", config, "--pretty", "false", "--explainFiles"], { cwd: kitRoot, encoding: "utf8" }).stdout));
    } finally {
      rmSync(config);
    }
  };
  const gone = async (pid: number) => {
    for (let waited = 0; waited < 10_000; waited += 50) {
      try {
        process.kill(pid, 0);
      } catch {
        return true;
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    return false;
  };

  it("finds what plain tsc finds, whether its code was kept or not, and the next process runs from the code the first kept", async () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-code-"));
    const codeFiles = () =>
      readdirSync(folder)
        .filter((file) => file.endsWith(".bin"))
        .map((file) => {
          const { ino, mtimeMs } = statSync(join(folder, file));
          return { file, ino, mtimeMs };
        });
    try {
      const first = comparable(await checkWithTsc(ts6, program, undefined, folder));
      const kept = codeFiles();
      const loaded = readdirSync(folder).filter((file) => file.startsWith("loaded-"));
      expect(kept.length).toBeGreaterThan(0);
      expect(loaded).toHaveLength(1);
      expect(JSON.parse(readFileSync(join(folder, loaded[0]!), "utf8"))).toContain(join(dirname(dirname(locateCompiler(ts6).bin)), "lib", "_tsc.js"));
      const second = comparable(await checkWithTsc(ts6, program, undefined, folder));
      expect(first).toEqual(plainTsc());
      expect(second).toEqual(first);
      // Code V8 refused would have been written anew.
      expect(codeFiles()).toEqual(kept);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it("gives the next program to the process started ahead, told the run's code cache; one the run does not use ends", async () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-code-"));
    try {
      const [used] = startCompilersAhead();
      compilersAheadFor(["ts6"], folder);
      const { child, startedAhead } = compilerProcess(ts6, folder);
      expect({ pid: child.pid, startedAhead }).toEqual({ pid: used, startedAhead: true });
      // node's own options (V8's pool no larger than the cores it shares with the run's other processes), then the runner
      const runner = child.spawnargs.findIndex((arg) => arg.endsWith(`compiler-process.ts`));
      expect(child.spawnargs.slice(1, runner).slice(-compilerNodeOptions.length)).toEqual(compilerNodeOptions);
      child.stdin.end();
      expect(await gone(used!)).toBe(true);
      expect(comparable(await checkWithTsc(ts6, program, undefined, folder))).toEqual(plainTsc());
      const [unused] = startCompilersAhead();
      expect(unused).not.toBe(used);
      compilersAheadFor(["ts7"], folder);
      expect(await gone(unused!)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("a compiler's file compiled ahead", () => {
  const codeCacheModule = new URL("../src/engine/code-cache.ts", import.meta.url).href;
  /**
   * A process that prepares `lib`'s files the last one loaded, writes `rewrite` over a.js if given,
   * then requires a.js: what it exports and whether node read it.
   */
  const requireInProcess = (folder: string, lib: string, rewrite?: string): { value: unknown; read: boolean } => {
    const script = `
      const { CodeCache } = await import(${JSON.stringify(codeCacheModule)});
      const { createRequire } = await import("node:module");
      const [folder, lib, rewrite] = JSON.parse(process.argv[1]);
      const file = lib + "/a.js";
      const cache = new CodeCache(folder, lib, lib + "/entry.js");
      if (rewrite !== null) (await import("node:fs")).writeFileSync(file, rewrite);
      const fs = createRequire(import.meta.url)("node:fs");
      const readFileSync = fs.readFileSync;
      let read = false;
      fs.readFileSync = (path, ...rest) => ((read ||= path === file), readFileSync(path, ...rest));
      cache.use();
      const value = createRequire(lib + "/entry.js")(file);
      process.stdout.write(JSON.stringify({ value, read }));`;
    return inNewProcess(script, [folder, lib, rewrite ?? null]);
  };

  it("is not read again when required, unless it changed after it was read", () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-ahead-"));
    const lib = join(folder, "lib");
    try {
      mkdirSync(lib);
      writeFileSync(join(lib, "a.js"), "module.exports = 'first';\n");
      expect(requireInProcess(folder, lib)).toEqual({ value: "first", read: true });
      expect(requireInProcess(folder, lib)).toEqual({ value: "first", read: false });
      expect(requireInProcess(folder, lib, "module.exports = 'changed';\n")).toEqual({ value: "changed", read: true });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("hashes kept for the runs after", () => {
  const cacheModule = new URL("../src/engine/cache.ts", import.meta.url).href;
  /** The hashes a new process (a run) takes of `files`, with `cache` as its cache folder. */
  const hashesInRun = (cache: string, files: readonly string[]): string[] =>
    inNewProcess(`const { inputHash } = await import(${JSON.stringify(cacheModule)}); process.stdout.write(JSON.stringify(JSON.parse(process.argv[1]).map(inputHash)));`, files, { ...process.env, ACCESSOR_KIT_CACHE_DIR: cache });
  const kept = (cache: string) => (JSON.parse(readFileSync(join(cache, "hashes.json"), "utf8")) as { entries: [string, unknown][] }).entries.map(([path]) => path);

  it("keeps the hash of a file that had settled, never one of a file changed just before, and sees a change even with the file's times put back", async () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-hashes-"));
    const cache = join(folder, "cache");
    const settled = join(folder, "settled.ts");
    const fresh = join(folder, "fresh.ts");
    const old = new Date(Date.now() - 60_000);
    try {
      writeFileSync(settled, "export const a = 1;\n");
      utimesSync(settled, old, old);
      // Settled: its change time (which utimes sets to now) 3 s behind.
      await new Promise((done) => setTimeout(done, 3_100));
      writeFileSync(fresh, "export const b = 1;\n");
      const first = hashesInRun(cache, [settled, fresh]);
      expect(kept(cache)).toEqual([settled]);
      // The next run takes the kept hash, not the file's: a kept hash made up shows it.
      const hashes = join(cache, "hashes.json");
      writeFileSync(hashes, readFileSync(hashes, "utf8").replace(first[0]!, "made-up"));
      expect(hashesInRun(cache, [settled, fresh])).toEqual(["made-up", first[1]]);
      // Same size, same modification time: only the change time (which no one sets) tells.
      writeFileSync(settled, "export const a = 2;\n");
      utimesSync(settled, old, old);
      writeFileSync(fresh, "export const b = 2;\n");
      const after = hashesInRun(cache, [settled, fresh]);
      expect(after[0]).toBe(hashText(readFileSync(settled)));
      expect(after[1]).toBe(hashText(readFileSync(fresh)));
      expect(after).not.toEqual([first[0], first[1]]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the cache folder over time", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = Date.now();
  /** A file `days` old (its time then), in `folder`. */
  const aged = (folder: string, path: string, days: number) => {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, "");
    utimesSync(file, new Date(now - days * DAY), new Date(now - days * DAY));
    return file;
  };

  it("removes what no run used for 30 days, at most once a day, and keeps the rest", () => {
    const folder = mkdtempSync(join(tmpdir(), "accessor-kit-prune-"));
    try {
      const unused = ["results/runtime/a.json", "state/ts7/b", "guests/fetch-c.wasm", "child-tmp/tsx-0/d.js"].map((path) => aged(folder, path, 31));
      utimesSync(join(folder, "child-tmp", "tsx-0"), new Date(now - 31 * DAY), new Date(now - 31 * DAY));
      const used = [aged(folder, "results/runtime/e.json", 20), aged(folder, "tmp/123-abc/f", 60)];
      // a link a proposal's process left: removed itself, what it points to is not touched
      const outside = aged(folder, "../outside-of-the-cache", 60);
      symlinkSync(outside, join(folder, "child-tmp", "link"));
      lutimesSync(join(folder, "child-tmp", "link"), new Date(now - 31 * DAY), new Date(now - 31 * DAY));
      expect(pruneCache(folder, now)).toBe(5);
      for (const file of unused) expect(existsSync(file)).toBe(false);
      expect(existsSync(join(folder, "child-tmp", "tsx-0"))).toBe(false);
      for (const file of [...used, outside]) expect(existsSync(file)).toBe(true);
      const later = aged(folder, "results/runtime/g.json", 40);
      expect(pruneCache(folder, now + DAY / 2)).toBe(0);
      expect(existsSync(later)).toBe(true);
      expect(pruneCache(folder, now + DAY + 1)).toBe(1);
      rmSync(outside);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("marks a result it serves used, so that pruning keeps it", () => {
    const cache = resultCache(true);
    const identity = { test: "marks a result used", at: now };
    cache.store("pruning", identity, [], "kept", now);
    const entry = join(cacheFolder(), "results", "pruning", `${hashText(JSON.stringify(identity))}.json`);
    utimesSync(entry, new Date(now - 40 * DAY), new Date(now - 40 * DAY));
    expect(cache.lookup("pruning", identity)).toBe("kept");
    expect(statSync(entry).mtimeMs).toBeGreaterThan(now - DAY);
    rmSync(entry);
  });
});
