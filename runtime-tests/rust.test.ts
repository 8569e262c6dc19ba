// The Rust twins, compiled by rustc: each design twin compiles, each scenario twin does what its
// `// expect:` header says, and each cell's `// rust:` claim is what its twin's header says. Every
// test is skipped, with the reason in its name, where rustc is missing or older than 1.75.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatClaim, parseClaim } from "../src/rust/claim.ts";
import {
  findCellClaims,
  findDesignTwins,
  findTwins,
  rustColumn,
  rustNotRunReason,
  type RustColumn,
} from "../src/rust/twins.ts";

const notRun = rustNotRunReason();
const skipped = notRun === undefined ? "" : ` (not run: ${notRun})`;
const itWithRustc = it.skipIf(notRun !== undefined);

// One rustc run of every twin (two at a time) serves all the tests below; its time depends on the
// machine's load, so the hook gets a generous limit.
let column: Extract<RustColumn, { status: "ran" }>;
beforeAll(async () => {
  if (notRun !== undefined) return;
  const result = await rustColumn();
  if (result.status === "not-run") throw new Error(`rustc went away: ${result.reason}`);
  column = result;
}, 600_000);

describe("design twins: each wasmtime design, mocked with std only", () => {
  for (const design of findDesignTwins().keys()) {
    itWithRustc(`${design} compiles${skipped}`, () => {
      expect(column.designs.get(design)?.problems).toEqual([]);
    });
  }
});

describe("scenario twins: rustc does what each twin's header says", () => {
  itWithRustc(`every design has a twin for every scenario${skipped}`, () => {
    expect(column.missing).toEqual([]);
  });

  for (const twin of findTwins()) {
    itWithRustc(`${twin.key}${skipped}`, () => {
      const result = column.twins.get(twin.key);
      expect(result?.problems, result && `rustc: ${formatClaim(result.outcome)}`).toEqual([]);
    });
  }
});

describe("cells: each `// rust:` claim is what its twin's header says", () => {
  const { cells } = findCellClaims();
  itWithRustc(`every rust line is well formed${skipped}`, () => {
    expect(column.malformedClaims).toEqual([]);
  });

  for (const cell of cells) {
    itWithRustc(`${cell.key} claims ${formatClaim(cell.claim)}${skipped}`, () => {
      expect(column.claims.get(cell.key)?.problem).toBeUndefined();
    });
  }
});

describe("folder twins: crates compiled in order, the last one judged", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "accessor-kit-crates-"));
    mkdirSync(join(root, "type-tests"));
    const crate = (folder: string, name: string, text: string) => {
      mkdirSync(join(root, "rust", "twins", "findings", folder), { recursive: true });
      writeFileSync(join(root, "rust", "twins", "findings", folder, name), text);
    };
    crate("orphan", "1-library.rs", "pub trait View {}\n");
    crate("orphan", "2-store.rs", "pub struct State;\n");
    crate("orphan", "3-embedder.rs", "// expect: error E0117\nimpl library::View for store::State {}\n");
    crate("blanket", "1-library.rs", "pub trait View {}\n");
    crate("blanket", "2-embedder.rs", "// expect: error E0210\npub trait Local {}\nimpl<T: Local> library::View for T {}\n");
    crate("broken", "1-library.rs", "pub trait View {\n");
    crate("broken", "2-embedder.rs", "// expect: compiles\n");
    return () => rmSync(root, { recursive: true, force: true });
  });

  itWithRustc(`gives each crate the ones before it, so a foreign trait for a foreign type is E0117, and for any T of a local bound E0210${skipped}`, async () => {
    const result = await rustColumn({ root, designs: ["findings"] });
    if (result.status !== "ran") throw new Error(result.reason);
    expect(result.twins.get("findings/orphan")).toMatchObject({ crate: "embedder", outcome: { kind: "error", codes: ["E0117"] }, problems: [] });
    // a blanket impl of a foreign trait over the embedder's own bound: the type parameter is no local type
    expect(result.twins.get("findings/blanket")).toMatchObject({ crate: "embedder", outcome: { kind: "error", codes: ["E0210"] }, problems: [] });
    expect(result.twins.get("findings/broken")?.problems).toEqual([
      expect.stringMatching(/^its crate library \(rust\/twins\/findings\/broken\/1-library\.rs\) does not compile: nocode at rust\/twins\/findings\/broken\/1-library\.rs:1: this file contains an unclosed delimiter/),
    ]);
  });

  itWithRustc(`serves a folder twin's result from the cache on the next run, and never once one of its crates changed, the first ones included${skipped}`, async () => {
    // rustc behind a script that notes each crate it is asked to compile
    const compiled = join(root, "compiled.log");
    const rustc = join(root, "rustc");
    writeFileSync(rustc, `#!/bin/sh\ncase "$*" in *--crate-name*) echo "$*" >> "${compiled}";; esac\nexec "${process.env["RUSTC"] ?? "rustc"}" "$@"\n`, { mode: 0o755 });
    const compiles = () => (existsSync(compiled) ? readFileSync(compiled, "utf8").split("\n").filter((line) => line.includes("orphan")).length : 0);
    const outcome = async () => {
      const result = await rustColumn({ root, designs: ["findings"], cache: true, rustc });
      if (result.status !== "ran") throw new Error(result.reason);
      return result.twins.get("findings/orphan")?.outcome;
    };
    expect(await outcome()).toEqual({ kind: "error", codes: ["E0117"] });
    const firstRun = compiles();
    expect(await outcome()).toEqual({ kind: "error", codes: ["E0117"] });
    expect(compiles()).toBe(firstRun);
    // The library renames its trait: the embedder's impl names a trait the library no longer has.
    writeFileSync(join(root, "rust", "twins", "findings", "orphan", "1-library.rs"), "pub trait Viewed {}\n");
    expect(await outcome()).toEqual({ kind: "error", codes: ["E0405"] });
    expect(compiles()).toBe(firstRun + 3);
  }, 300_000);
});

describe("the rust column without a usable rustc", () => {
  it("says not run, with the reason, when rustc is not on PATH", async () => {
    const result = await rustColumn({ rustc: "accessor-kit-no-such-rustc" });
    expect(result).toEqual({ status: "not-run", reason: "accessor-kit-no-such-rustc is not on PATH" });
  });

  it("says not run when rustc is older than 1.75, which has no `impl Trait` in traits", async () => {
    const dir = mkdtempSync(join(tmpdir(), "accessor-kit-old-rustc-"));
    const oldRustc = join(dir, "rustc");
    writeFileSync(oldRustc, "#!/bin/sh\necho 'rustc 1.64.0 (a55dd71d5 2022-09-19)'\n", { mode: 0o755 });
    try {
      expect(await rustColumn({ rustc: oldRustc })).toEqual({
        status: "not-run",
        reason: "rustc 1.64.0 (a55dd71d5 2022-09-19) is older than 1.75 (the twins need generic associated types and impl Trait in traits)",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the claim a twin header or a cell's rust line makes", () => {
  it("reads codes as a set: sorted, nocode last, repeats merged", () => {
    expect(parseClaim(" error nocode E0515 E0308 E0515")).toEqual({ kind: "error", codes: ["E0308", "E0515", "nocode"] });
  });

  it("says what is wrong with a malformed claim", () => {
    expect(parseClaim("error")).toMatch(/names no code/);
    expect(parseClaim("error E308")).toMatch(/"E308" is not an error code/);
    expect(parseClaim("fails")).toMatch(/neither "compiles" nor/);
  });
});
