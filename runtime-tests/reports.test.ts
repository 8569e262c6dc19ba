// The report formats, rendered from a real evaluation of the fixture kit (runtime-tests/fixtures/
// .mini-kit: cells wrong in every way a cell can be, on both compilers, and runs failing at each
// stage) and a Rust column that contradicts one claim: what CI systems and readers get from each.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { progressOn } from "../src/cli/progress.ts";
import { cacheFolder, evaluate, type EvaluationProgress } from "../src/engine/index.ts";
import { buildDecisionTable } from "../src/report/decisions.ts";
import { renderGithub } from "../src/report/github.ts";
import { renderHtml } from "../src/report/html.ts";
import { renderJson } from "../src/report/json.ts";
import { renderJunit } from "../src/report/junit.ts";
import { renderMarkdown } from "../src/report/markdown.ts";
import { buildMatrix, problemLine, type Matrix } from "../src/report/matrix.ts";
import { repositoryLinks } from "../src/report/paths.ts";
import { figuresOf, type Report } from "../src/report/report.ts";
import { plain } from "../src/report/style.ts";
import { renderTable } from "../src/report/table.ts";
import { renderText } from "../src/report/text.ts";
import type { RustColumn } from "../src/rust/twins.ts";
import { schemaErrors } from "./report-schema.ts";

const miniKit = fileURLToPath(new URL("./fixtures/.mini-kit/", import.meta.url));
const schema = fileURLToPath(new URL("../schema/report.schema.json", import.meta.url));

/** rustc "ran" and contradicts the claim made for tiny/field-projection (and its twin its header). */
const rust: RustColumn = {
  status: "ran",
  rustc: "rustc 1.95.0",
  root: fileURLToPath(new URL("../", import.meta.url)),
  ms: 1,
  designs: new Map(),
  twins: new Map([
    [
      "tiny/field-projection",
      {
        key: "tiny/field-projection",
        design: "tiny",
        scenario: "field-projection",
        file: "rust/twins/tiny/field-projection.rs",
        errors: [],
        outcome: { kind: "compiles" },
        header: { kind: "error", codes: ["E0308"] },
        also: [],
        matches: false,
        problems: [`rustc says "compiles", the header "error E0308"`],
      },
    ],
  ]),
  claims: new Map([
    [
      "tiny/field-projection",
      {
        cell: "type-tests/tiny/field-projection.ts",
        claim: { kind: "error", codes: ["E0308"] },
        rustc: { kind: "compiles" },
        matches: false,
        problem: `the twin does not match its header (rustc says "compiles")`,
      },
    ],
  ]),
  missing: [],
  malformedClaims: [],
};

let matrix: Matrix;
let report: Report;

beforeAll(async () => {
  const evaluation = await evaluate({ root: miniKit, designs: ["tiny", "wrong"] });
  const scenarios = [...new Set(evaluation.cells.flatMap(({ cell }) => (cell.kind === "scenario" ? [cell.scenario] : [])))];
  matrix = buildMatrix(evaluation, rust, { designs: ["tiny", "wrong"], scenarios });
  report = { command: "matrix", matrix, compilersNotRun: [], costs: { status: "not-measured", reason: "not needed here" }, figures: figuresOf({ evaluation, rust }, 1000, 0) };
}, 180_000);

const entry = (id: string) => [...matrix.entries.values()].find((e) => e.cell.id === id)!;
const problemCount = () => [...matrix.entries.values()].reduce((sum, e) => sum + e.problems.length, 0);

describe("a run the cell pins to fail", () => {
  const runProblems = (id: string) => entry(id).problems.filter((problem) => problem.kind === "run-failed");

  it("is no problem, labelled run fails, when it fails saying the fragment", () => {
    expect(entry("tiny/owned-host").typescript.map((outcome) => outcome.label)).toEqual(["run fails", "run fails"]);
    expect(runProblems("tiny/owned-host")).toEqual([]);
  });

  it("is a run-failed problem, saying what was pinned, when it passes or fails otherwise", () => {
    expect(runProblems("wrong/owned-host")).toMatchObject([{ text: 'run (check): expected the run to fail with "lent twice", the run passed' }]);
    expect(runProblems("wrong/type-erased-getter")).toMatchObject([
      { text: 'run (link): expected the run to fail with "lent three times", Error: the store data was lent twice' },
    ]);
  });
});

describe("--format github", () => {
  it("annotates each mistake once, naming every compiler that found it, at its file, line and column in the workspace", () => {
    const annotations = renderGithub(matrix, miniKit).split("\n").filter((line) => line.startsWith("::error "));
    expect(annotations).toHaveLength(problemCount());
    expect(annotations).toContain(`::error file=type-tests/wrong/fresh-view.ts,line=6,col=1,title=wrong/fresh-view (ts7%2C ts6)::expected TS2741 at 6 "Property 'sockets' is missing", not reported`);
    expect(annotations).toContainEqual(expect.stringMatching(/^::error file=type-tests\/wrong\/shared-table\.ts,line=6,col=\d+,title=wrong\/shared-table \(ts7%2C ts6\)::expected TS2345 at 7 .*found at another line: 6$/));
    expect(annotations).toContainEqual(expect.stringMatching(/^::error file=type-tests\/tiny\/no-annotations\.ts,line=\d+,col=1,title=tiny\/no-annotations%3A the guest run failed::run \(link\): Error: no store data today$/));
    expect(annotations).toContainEqual(expect.stringMatching(/^::error file=type-tests\/tiny\/field-projection\.ts,line=3,col=1,title=tiny\/field-projection%3A Rust::rustc: the twin does not match/));
  });

  it("names a file outside the workspace in the message, since GitHub cannot place it", () => {
    const annotations = renderGithub(matrix, join(miniKit, "type-tests", "tiny")).split("\n");
    expect(annotations).toContain(`::error title=wrong/fresh-view (ts7%2C ts6)::../wrong/fresh-view.ts:6:1: expected TS2741 at 6 "Property 'sockets' is missing", not reported`);
  });
});

describe("--format json", () => {
  const json = () => JSON.parse(renderJson(report, miniKit)) as { schemaVersion: number; cells: { id: string; problems: { kind: string }[] }[] };

  it("is valid against the schema the package publishes, with its schemaVersion", () => {
    expect(schemaErrors(schema, json())).toEqual([]);
    expect(json().schemaVersion).toBe(2);
  });

  it("gives each problem as data beside its text, paths relative to the base folder", () => {
    // The fixture cells predate the scenarios' attempts; their departures are asserted apart.
    const problems = (id: string) => json().cells.find((cell) => cell.id === id)!.problems.filter((problem) => problem.kind !== "departs-from-attempt");
    expect(problems("wrong/shared-table")).toEqual([
      {
        kind: "moved",
        compilers: ["ts7", "ts6"],
        text: `expected TS2345 at 7 "Property 'http' is missing", found at another line: 6`,
        expected: { code: "TS2345", file: "type-tests/wrong/shared-table.ts", line: 7, message: "Property 'http' is missing" },
        actual: { code: "TS2345", file: "type-tests/wrong/shared-table.ts", line: 6, column: expect.any(Number), message: expect.stringContaining("Property 'http' is missing") },
        file: "type-tests/wrong/shared-table.ts",
        line: 6,
        column: expect.any(Number),
      },
    ]);
    expect(problems("wrong/field-projection")).toMatchObject([{ kind: "wrong-code", expected: { code: "TS2322" }, actual: { code: "TS2741" } }]);
    expect(problems("wrong/no-annotations")).toMatchObject([{ kind: "wrong-message", expected: { code: "TS2741" }, actual: { code: "TS2741" } }]);
    expect(problems("wrong/capturing-getter")).toMatchObject([{ kind: "unexpected", actual: { code: "TS2322", line: 6 } }]);
    expect(problems("wrong/fresh-view")).toMatchObject([{ kind: "missing", expected: { line: 6 }, line: 6, column: 1 }]);
    expect(problems("tiny/no-annotations")).toMatchObject([{ kind: "run-failed", compilers: [], actual: { message: "link: Error: no store data today" } }]);
    expect(problems("tiny/field-projection")).toMatchObject([
      { kind: "rust-claim", expected: { message: "error E0308" }, actual: { message: "compiles" } },
      { kind: "rust-twin", file: expect.stringMatching(/rust\/twins\/tiny\/field-projection\.rs$/) },
    ]);
    expect(renderJson(report, miniKit)).not.toContain(miniKit);
  });

  it("gives a cell's departure from its scenario's attempt as data: the line, and what the attempt and the cell hold there", () => {
    const departure = json()
      .cells.find((cell) => cell.id === "wrong/shared-table")!
      .problems.find((problem) => problem.kind === "departs-from-attempt");
    expect(departure).toMatchObject({
      compilers: [],
      file: "type-tests/wrong/shared-table.ts",
      expected: { message: expect.any(String) },
      actual: { message: expect.any(String) },
      text: expect.stringMatching(/^attempt: line \d+ departs from the scenario's attempt \(shared-table\/attempt\.ts\.tmpl:\d+\)/),
    });
  });
});

describe("--format junit", () => {
  const xml = () => renderJunit(report, miniKit);

  it("has a test suite per design, a failure per unexpected cell and a skipped case per missing one", () => {
    const unexpected = [...matrix.entries.values()].filter((e) => e.verdict === "unexpected").length;
    const tests = matrix.designs.length * matrix.scenarios.length;
    expect(xml()).toMatch(new RegExp(`^<testsuites name="accessor-kit matrix" tests="${tests}" failures="${unexpected}" errors="0" skipped="${matrix.missing.length}"`, "m"));
    expect(xml().match(/<testsuite /g)).toHaveLength(2);
    expect(xml()).toContain(`<testcase classname="wrong" name="fresh-view" file="type-tests/wrong/fresh-view.ts"><failure type="unexpected" message="ts7, ts6: expected TS2741 at 6 &quot;Property 'sockets' is missing&quot;, not reported">`);
  });

  it("escapes what XML cannot hold as it is", () => {
    const texts = xml().split(/<[^>]*>/);
    expect(texts.filter((text) => /[<>]|&(?!amp;|lt;|gt;|quot;|#10;)/.test(text))).toEqual([]);
    expect(xml()).toContain("ctx: SocketsCtx; }' but required in type 'SocketsView'.");
    expect(xml().match(/<testcase /g)?.length).toBe(xml().match(/<\/testcase>/g)?.length);
  });
});

describe("--format markdown", () => {
  it("links no cell by default, so it reads the same wherever it is put", () => {
    expect(renderMarkdown(matrix)).not.toContain("](");
  });

  it("links the cells of the repository to its URL when one is given, never a file under node_modules", () => {
    const links = repositoryLinks("https://example.com/r/blob/main/", miniKit);
    expect(renderMarkdown(matrix, links)).toContain("(https://example.com/r/blob/main/type-tests/wrong/fresh-view.ts)");
    expect(links(join(miniKit, "node_modules", "accessor-kit", "cell.ts"))).toBeUndefined();
    expect(links(join(miniKit, "..", "elsewhere.ts"))).toBeUndefined();
  });
});

describe("--html", () => {
  const html = () => renderHtml(report, buildDecisionTable(matrix, report.costs), miniKit);
  /** The entries' details, as the page carries them. */
  const details = () => JSON.parse(/<script type="application\/json" id="cells">(.*?)<\/script>/s.exec(html())![1]!) as Record<string, { outcome: string; problems: string[]; ts: { file: string } }>;

  it("colours an entry that is not as its cell expects as unexpected, whatever the compilers said, and keeps each problem for its details", () => {
    const unexpected = [...matrix.entries.values(), ...matrix.findings].filter((e) => e.verdict === "unexpected");
    expect(unexpected.length).toBeGreaterThan(0);
    for (const e of unexpected) expect(details()[e.cell.id]).toMatchObject({ outcome: "unexpected", problems: e.problems.map(problemLine) });
    expect(html().match(/<td id="[^"]+" data-scenario="[^"]+" data-outcome="unexpected"/g)).toHaveLength([...matrix.entries.values()].filter((e) => e.verdict === "unexpected").length);
    expect(details()["wrong/fresh-view"]!.ts.file).toBe("type-tests/wrong/fresh-view.ts");
  });

  it("escapes what the cells and compilers say, so nothing they hold becomes markup", () => {
    expect(html().match(/<script\b/g)).toHaveLength(2);
    expect(html().match(/<\/script>/g)).toHaveLength(2);
    const body = html().replace(/<script[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, "");
    expect(body.split(/<[^>]*>/).filter((text) => /[<>]|&(?!amp;|lt;|gt;|quot;)/.test(text))).toEqual([]);
  });
});

describe("--format text", () => {
  it("fits the terminal's width, wrapping the matrix's columns into blocks and prose at spaces", () => {
    const lines = renderText(report, plain, 50).trimEnd().split("\n");
    const tooWide = lines.filter((line) => line.length > 50 && line.trim().includes(" "));
    expect(tooWide).toEqual([]);
  });

  it("repeats a row's name in every block of a wrapped table", () => {
    const rows = [[[""], ["column-a"], ["column-b"]], [["row"], ["a"], ["b"]]];
    expect(renderTable(rows, 14)).toEqual(["     column-a", "row  a", "", "     column-b", "row  b"]);
    expect(renderTable(rows)).toEqual(["     column-a  column-b", "row  a         b"]);
  });
});

describe("progress", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, columns: 200, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  };
  const progress: EvaluationProgress = { cells: 12, judged: { ts7: 12, ts6: 5 }, ran: 3 };

  it("shows cells judged per compiler and guest runs on a terminal, and clears its line at the end", () => {
    const tty = stream(true);
    const display = progressOn(tty.stream, { quiet: false, cells: 12 });
    display.evaluation(progress);
    display.stop();
    expect(tty.written.at(-2)).toMatch(/^\r\u001b\[2Kaccessor-kit: 12 cells · ts7 12\/12 · ts6 5\/12 · 3 guest runs · rustc at work · \d+ s$/);
    expect(tty.written.at(-1)).toBe("\r\u001b[2K");
  });

  it("shows nothing when stderr is not a terminal, or under --quiet", () => {
    for (const [isTTY, quiet] of [[false, false], [true, true]] as const) {
      const out = stream(isTTY);
      const display = progressOn(out.stream, { quiet, cells: 12 });
      display.evaluation(progress);
      display.stop();
      expect(out.written).toEqual([]);
    }
  });
});

describe("the cache folder", () => {
  it("is $ACCESSOR_KIT_CACHE_DIR, else under $XDG_CACHE_HOME, else under ~/.cache, never inside the kit", () => {
    expect(cacheFolder({ ACCESSOR_KIT_CACHE_DIR: "/var/cache/kit", XDG_CACHE_HOME: "/xdg" }, "linux")).toBe("/var/cache/kit");
    expect(cacheFolder({ XDG_CACHE_HOME: "/xdg" }, "linux")).toBe("/xdg/accessor-kit");
    expect(cacheFolder({ XDG_CACHE_HOME: "relative/ignored", HOME: "/home/me" }, "linux")).toMatch(/\.cache\/accessor-kit$/);
    expect(cacheFolder({}, "linux")).toMatch(/\.cache\/accessor-kit$/);
  });
});
