// The decision table: how a cell answers a property, which properties and rows a matrix gets, and
// where each design's release comes from (the kit's table of them; a proposal was never released).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { RustClaim } from "../src/engine/index.ts";
import { recordedCosts, type Costs } from "../src/report/costs.ts";
import { answerOf, buildDecisionTable } from "../src/report/decisions.ts";
import { historyOf, releaseText } from "../src/report/history.ts";
import { kitDesigns } from "../src/report/kit.ts";
import { renderDecisionTable } from "../src/report/markdown.ts";
import { entryKey, outcomeOf, type Entry, type Matrix, type RustOutcome } from "../src/report/matrix.ts";

const scratch = mkdtempSync(join(tmpdir(), "accessor-kit-decisions-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const compiles: RustClaim = { kind: "compiles" };
const e0308: RustClaim = { kind: "error", codes: ["E0308"] };

/** An entry of `design/scenario`: TypeScript accepts it or reports TS2322; Rust as given. */
function entry(design: string, scenario: string, typescript: "accepts" | "refuses", rust: RustOutcome, verdict: Entry["verdict"] = "expected"): Entry {
  const file = join(scratch, "type-tests", design, `${scenario}.ts`);
  const diagnostics = typescript === "accepts" ? [] : [{ file, line: 3, column: 1, code: 2322, message: "not assignable" }];
  return {
    cell: { kind: "scenario", id: entryKey(design, scenario), file, design, scenario, header: { expect: [], expectFor: {}, explored: false } },
    typescript: [{ compiler: "ts7", label: typescript === "accepts" ? "runs" : "TS2322", pass: true, diagnostics }],
    rust,
    verdict,
    problems: [],
  };
}

const checked = (rustc: RustClaim): RustOutcome => ({ status: "checked", rustc, claim: rustc, pass: true });

function matrixOf(designs: string[], scenarios: string[], entries: Entry[], proposal?: string): Matrix {
  return {
    compilers: [{ id: "ts7", version: "7.0.2" }],
    rust: { status: "ran", rustc: "rustc 1.95.0" },
    designs,
    scenarios,
    proposals: proposal === undefined ? [] : [{ design: proposal, folder: join(scratch, proposal), scenarios: [], rust: { status: "none" } }],
    unfinished: [],
    faults: [],
    allowMissing: false,
    entries: new Map(entries.map((e) => [e.cell.id, e])),
    missing: [],
    findings: [],
    pass: true,
  };
}

const notMeasured: Costs = { status: "not-measured", reason: "not in this test" };

describe("an entry's answer", () => {
  it("is yes or no where TypeScript and rustc agree, and names the one language that accepts where they do not", () => {
    expect(answerOf(entry("d", "s", "accepts", checked(compiles)))).toBe("yes");
    expect(answerOf(entry("d", "s", "refuses", checked(e0308)))).toBe("no");
    expect(answerOf(entry("d", "s", "accepts", checked(e0308)))).toBe("TypeScript only");
    expect(answerOf(entry("d", "s", "refuses", checked(compiles)))).toBe("Rust only");
    expect(outcomeOf(entry("d", "s", "accepts", checked(e0308)))).toBe("disagree");
  });

  it("takes the cell's claim where rustc did not run, and says so where there is no Rust side at all", () => {
    expect(answerOf(entry("d", "s", "accepts", { status: "not-run", claim: e0308 }))).toBe("TypeScript only");
    expect(answerOf(entry("d", "s", "refuses", { status: "no-twin" }))).toBe("no in TypeScript");
  });

  it("says nothing for a cell that is not as it expects, or is missing", () => {
    expect(answerOf(entry("d", "s", "accepts", checked(compiles), "unexpected"))).toBe("unexpected");
    expect(outcomeOf(entry("d", "s", "accepts", checked(compiles), "unexpected"))).toBe("unexpected");
    expect(answerOf(undefined)).toBe("missing");
  });
});

describe("the table", () => {
  const matrix = matrixOf(
    ["kit-design", "mine"],
    ["fresh-view", "capturing-getter", "a-new-scenario"],
    [entry("kit-design", "fresh-view", "refuses", checked(e0308)), entry("kit-design", "capturing-getter", "accepts", checked(compiles)), entry("mine", "fresh-view", "accepts", checked(compiles))],
    "mine",
  );
  const table = buildDecisionTable(matrix, notMeasured);

  it("has a row per design of the matrix, the proposal marked, and only the properties the matrix has a scenario for", () => {
    expect(table.rows.map((row) => [row.design, row.proposal])).toEqual([
      ["kit-design", false],
      ["mine", true],
    ]);
    expect(table.properties.map((property) => [property.title, property.evidence.map((evidence) => evidence.scenario)])).toEqual([
      ["view built on the call", ["fresh-view"]],
      ["captures", ["capturing-getter"]],
    ]);
    expect(table.unweighed).toEqual(["a-new-scenario"]);
  });

  it("answers each property from its named cells, and a cell the design lacks as missing", () => {
    const answers = (design: string) => table.rows.find((row) => row.design === design)!.decisions.map((decision) => decision.parts.map((part) => `${part.key}: ${part.answer}`));
    expect(answers("kit-design")).toEqual([["kit-design/fresh-view: no"], ["kit-design/capturing-getter: yes"]]);
    expect(answers("mine")).toEqual([["mine/fresh-view: yes"], ["mine/capturing-getter: missing"]]);
  });

  it("in markdown: a column per property, the release, the key, and why there is no cost column", () => {
    const markdown = renderDecisionTable(table);
    expect(markdown).toMatch(/^\| design \| view built on the call \| captures \| released \|$/m);
    expect(markdown).toContain("| `kit-design` | **no** TS2322 / E0308 | Copy: **yes** runs / compiles | unknown (no row in src/report/history.ts) |");
    expect(markdown).toContain("| **mine** (proposal) | **yes** runs / compiles | Copy: missing | never released<br>a proposal |");
    expect(markdown).toContain("Scenarios no property weighs yet (src/report/properties.ts): `a-new-scenario`.");
    expect(markdown).toContain("No host-call cost here: not in this test.");
  });

  it("in markdown: the host-call cost per design where the run measured it", () => {
    const spread = (median: number) => ({ median, min: median - 0.1, max: median + 0.1 });
    const costs: Costs = {
      status: "measured",
      hostCalls: [{ design: "kit-design", cell: "kit-design/shared-table", cost: { design: spread(10), direct: spread(8), ratio: spread(1.25), pairs: 1, runs: 5, calls: 1 } }, { design: "mine", unavailable: "no compiling cell" }],
      typeChecks: [],
    };
    const markdown = renderDecisionTable(buildDecisionTable(matrix, costs));
    expect(markdown).toMatch(/^\| design \| view built on the call \| captures \| host call \| released \|$/m);
    expect(markdown).toContain("| 1.25x (1.15-1.35) a direct call, through `kit-design/shared-table` |");
    expect(markdown).toContain("| not measured: no compiling cell |");
  });

  it("in the docs: the host-call costs a bench run recorded, with its date and machine, and none before one is recorded", () => {
    const file = join(scratch, "host-calls.json");
    expect(recordedCosts(file)).toEqual({ status: "not-measured", reason: expect.stringMatching(/^no bench run recorded in .*host-calls\.json \(`npm run bench -- --readme` writes it\)$/) });
    const spread = (median: number) => ({ median, min: median, max: median });
    const measured = { design: "kit-design", cell: "kit-design/shared-table", cost: { design: spread(12), direct: spread(10), ratio: spread(1.2), pairs: 1, runs: 5, calls: 1 } };
    writeFileSync(file, JSON.stringify({ date: "2026-11-30", machine: "2 cores", hostCalls: [measured] }));
    const markdown = renderDecisionTable(buildDecisionTable(matrix, recordedCosts(file)));
    expect(markdown).toContain("| 1.20x (1.20-1.20) a direct call, through `kit-design/shared-table` |");
    expect(markdown).toMatch(/the median over 1 fresh pair of processes .* as `npm run bench` measured it on 2026-11-30 \(2 cores\), recorded in `.*host-calls\.json`/);
    for (const notOne of [{ date: "2026-11-30", hostCalls: [{ design: "kit-design" }] }, { date: "2026-11-30", machine: "2 cores", hostCalls: [{ ...measured, cost: { ...measured.cost, pairs: undefined, rounds: 7 } }] }]) {
      writeFileSync(file, JSON.stringify(notOne));
      expect(() => recordedCosts(file)).toThrow(/host-calls\.json is not a recorded bench run: rerun `npm run bench -- --readme`/);
    }
  });
});

describe("a design's history", () => {
  it("is known for every kit design, and a proposal was never released", () => {
    expect(kitDesigns().filter((design) => !historyOf(design).known)).toEqual([]);
    expect(historyOf("field-ref", true)).toEqual({ known: true, history: { source: "a proposal", release: "never released" } });
  });

  it("reads as the releases that shipped it", () => {
    expect([releaseText({ from: 21, to: 33 }), releaseText({ from: 34 }), releaseText({ to: 20 }), releaseText({ from: 36, to: 36 }), releaseText("never released")]).toEqual([
      "wasmtime 21 to 33",
      "wasmtime 34 on",
      "up to wasmtime 20",
      "wasmtime 36",
      "never released",
    ]);
  });
});
