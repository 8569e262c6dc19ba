// The result cache never serves a stale verdict. A copy of the kit (one design's cells, a finding of
// the test's own, the Rust twins of that design) runs the CLI with a cache folder of its own, so
// its first run computes everything; then the test edits, one at a time, a design, a scenario's
// check, a compiler option, a Rust twin and a Rust design twin (which twins include with #[path]),
// and a scenario's attempt template where the kit has them. After each edit the cached run shows
// the change, and at the end a run with --no-cache agrees with the cached one on every cell. Nothing
// here names a design, scenario or twin of today's kit: it takes whatever the copy holds.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./run.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const scratch = mkdtempSync(join(tmpdir(), "accessor-kit-cache-"));
const copy = join(scratch, "kit");
const cacheDir = join(scratch, "cache");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FINDING = "stale-check";

interface Report {
  readonly pass: boolean;
  readonly rust: unknown;
  readonly cells: readonly Cell[];
  readonly findings: readonly Cell[];
}

interface Cell {
  readonly id: string;
  readonly scenario?: string;
  readonly verdict: string;
  readonly typescript: readonly { readonly diagnostics: readonly { readonly file: string; readonly code: number }[] }[];
  readonly runtime: { readonly pass: boolean } | null;
  readonly rust: unknown;
}

/** The copy's matrix as JSON, cached (the default) or not; the verdicts only, not the run's figures. */
async function matrix(...flags: string[]): Promise<Report> {
  const ran = await run(process.execPath, ["--import", tsxLoader, join(copy, "src", "cli", "main.ts"), "--format", "json", "--cache-dir", cacheDir, ...flags], { cwd: copy });
  if (ran.stdout === "") throw new Error(`the CLI printed no report: ${ran.stderr}`);
  const { pass, rust, cells, findings } = JSON.parse(ran.stdout) as Report;
  return { pass, rust, cells, findings };
}

let design: string;
let before: Report;

beforeAll(async () => {
  for (const part of ["package.json", "tsconfig.json", "src", "designs", "guests", "rust/common", "rust/designs"]) cpSync(join(kit, part), join(copy, part), { recursive: true });
  symlinkSync(join(kit, "node_modules"), join(copy, "node_modules"));
  design = readdirSync(join(kit, "type-tests")).filter((name) => name !== "findings" && existsSync(join(kit, "rust", "twins", name))).sort()[0]!;
  cpSync(join(kit, "type-tests", design), join(copy, "type-tests", design), { recursive: true });
  cpSync(join(kit, "rust", "twins", design), join(copy, "rust", "twins", design), { recursive: true });
  const finding = join(copy, "type-tests", "findings", FINDING);
  mkdirSync(finding, { recursive: true });
  writeFileSync(join(finding, "main.ts"), `// finding: ${FINDING}\n\nexport const identity = (value) => value;\n`);
  writeFileSync(join(finding, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", files: ["main.ts"], include: [] }));
  before = await matrix();
}, 600_000);

/** Appends to a file of the copy. */
const append = (path: string, text: string) => appendFileSync(join(copy, path), text);

/** A cell's entry in a report. */
function entry(report: Report, id: string): Cell {
  const found = [...report.cells, ...report.findings].find((cell) => cell.id === id);
  if (found === undefined) throw new Error(`no cell ${id} in the report`);
  return found;
}

describe("the result cache after an edit (a copy of the kit, a cache folder of its own)", () => {
  it("serves the same verdicts on a second run with nothing changed", async () => {
    expect(await matrix()).toEqual(before);
  });

  it("sees a design changed: its error counts against every cell of the design", async () => {
    append(join("designs", `${design}.ts`), `\nexport const staleCheck: number = "not a number";\n`);
    const after = await matrix();
    for (const cell of after.cells.filter((c) => c.id.startsWith(`${design}/`))) {
      expect(cell.typescript.flatMap((t) => t.diagnostics.map((d) => d.file))).toContain(`designs/${design}.ts`);
    }
    before = after;
  }, 300_000);

  it("sees a scenario's check changed: its cells that ran now fail at the check", async () => {
    rmSync(join(copy, "designs", `${design}.ts`));
    cpSync(join(kit, "designs", `${design}.ts`), join(copy, "designs", `${design}.ts`));
    const ran = (await matrix()).cells.find((cell) => cell.runtime?.pass === true);
    expect(ran, "a cell of the copy that compiles and runs").toBeDefined();
    append(
      join("src", "scenarios", "index.ts"),
      `\nfor (const scenario of scenarios) if (scenario.id === ${JSON.stringify(ran!.scenario)}) (scenario as { check: unknown }).check = () => { throw new Error("${FINDING}"); };\n`,
    );
    expect(entry(await matrix(), ran!.id).runtime).toMatchObject({ pass: false, stage: "check", error: expect.stringContaining(FINDING) });
  }, 300_000);

  it("sees a compiler option changed in the kit's tsconfig, which a finding's tsconfig extends", async () => {
    const codes = (report: Report) => entry(report, `findings/${FINDING}`).typescript.flatMap((t) => t.diagnostics.map((d) => d.code));
    expect(codes(before)).toContain(7006);
    const tsconfig = JSON.parse(readFileSync(join(copy, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
    tsconfig.compilerOptions["noImplicitAny"] = false;
    writeFileSync(join(copy, "tsconfig.json"), JSON.stringify(tsconfig));
    expect(codes(await matrix())).toEqual([]);
  }, 300_000);

  it("sees a Rust twin changed, and a Rust design twin the twins include with #[path]", async () => {
    const codes = (cell: Cell) => (cell.rust as { rustc?: { codes?: string[] } }).rustc?.codes ?? [];
    // E0425 (a name that is not defined) is an error none of the attempts is about.
    const error = "\nfn stale_check() -> u32 { not_defined_anywhere }\n";
    const twin = readdirSync(join(copy, "rust", "twins", design)).filter((name) => name.endsWith(".rs")).sort()[0]!;
    append(join("rust", "twins", design, twin), error);
    const twinEdited = await matrix();
    expect(codes(entry(twinEdited, `${design}/${twin.slice(0, -".rs".length)}`))).toContain("E0425");
    append(join("rust", "designs", `${design}.rs`), error.replace("fn", "pub fn"));
    // Every twin that compiled before now meets the undefined name (a twin stopped earlier, by a macro
    // its design does not have, never gets as far as resolving names).
    const rustChecked = (cell: Cell) => (cell.rust as { status: string }).status === "checked";
    const compiledBefore = new Set(before.cells.filter((cell) => rustChecked(cell) && codes(cell).length === 0).map((cell) => cell.id));
    const checked = (await matrix()).cells.filter((cell) => compiledBefore.has(cell.id));
    expect(checked.length).toBeGreaterThan(0);
    for (const cell of checked) expect(codes(cell), cell.id).toContain("E0425");
  }, 300_000);

  it("sees a scenario's attempt template changed, where the kit's scenarios have templates", async () => {
    const templates = readdirSync(join(copy, "src", "scenarios"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("attempt.ts.tmpl"));
    if (templates.length === 0) return; // this kit's scenarios have no attempt templates
    const start = await matrix();
    append(join("src", "scenarios", templates[0]!), `\nconst staleCheck = 1;\n`);
    expect((await matrix()).cells).not.toEqual(start.cells);
  }, 300_000);

  it("agrees, after every edit, with a run that uses no cache at all", async () => {
    expect(await matrix("--no-cache")).toEqual(await matrix());
  }, 300_000);
});
