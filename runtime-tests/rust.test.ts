// The Rust twins, compiled by rustc: each design twin compiles, each scenario twin does what its
// `// expect:` header says, and each cell's `// rust:` claim is what its twin's header says. Every
// test is skipped, with the reason in its name, where rustc is missing or older than 1.75.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatClaim, parseClaim } from "../src/rust/claim.ts";
import { compileToMetadata, readDepInfo } from "../src/rust/rustc.ts";
import { filesNamedBy, withoutComments } from "../src/rust/source-files.ts";
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
    // a twin whose macro refuses it: rustc writes no dep-info for it
    mkdirSync(join(root, "rust", "common"));
    writeFileSync(join(root, "rust", "common", "macros.rs"), "macro_rules! bind { (known) => {}; }\n");
    writeFileSync(join(root, "rust", "twins", "findings", "refused.rs"), '// expect: error nocode\n#[macro_use]\n#[path = "../../common/macros.rs"]\nmod macros;\nbind!(unknown);\n');
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

  itWithRustc(`serves a twin's result from the cache on the next run, and never once a file it reads changed: a folder twin's first crates, a refused twin's module${skipped}`, async () => {
    // rustc behind a script that notes each crate it is asked to compile
    const compiled = join(root, "compiled.log");
    const rustc = join(root, "rustc");
    writeFileSync(rustc, `#!/bin/sh\ncase "$*" in *--crate-name*) echo "$*" >> "${compiled}";; esac\nexec "${process.env["RUSTC"] ?? "rustc"}" "$@"\n`, { mode: 0o755 });
    const compiles = (twin: string) => (existsSync(compiled) ? readFileSync(compiled, "utf8").split("\n").filter((line) => line.includes(twin)).length : 0);
    const outcomes = async () => {
      const result = await rustColumn({ root, designs: ["findings"], cache: true, rustc });
      if (result.status !== "ran") throw new Error(result.reason);
      return [result.twins.get("findings/orphan")?.outcome, result.twins.get("findings/refused")?.outcome];
    };
    expect(await outcomes()).toEqual([{ kind: "error", codes: ["E0117"] }, { kind: "error", codes: ["nocode"] }]);
    const firstRun = [compiles("orphan"), compiles("refused")];
    expect(await outcomes()).toEqual([{ kind: "error", codes: ["E0117"] }, { kind: "error", codes: ["nocode"] }]);
    expect([compiles("orphan"), compiles("refused")]).toEqual(firstRun);
    // The library renames its trait: the embedder's impl names a trait the library no longer has.
    writeFileSync(join(root, "rust", "twins", "findings", "orphan", "1-library.rs"), "pub trait Viewed {}\n");
    // The macro learns any name: the refused twin compiles.
    writeFileSync(join(root, "rust", "common", "macros.rs"), "macro_rules! bind { ($name:ident) => {}; }\n");
    expect(await outcomes()).toEqual([{ kind: "error", codes: ["E0405"] }, { kind: "compiles" }]);
    expect([compiles("orphan"), compiles("refused")]).toEqual([firstRun[0]! + 3, firstRun[1]! + 1]);
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

describe("the files a crate names, for a crate rustc leaves no dep-info for (a macro refused it)", () => {
  itWithRustc(`include every file rustc's dep-info lists, for each design twin${skipped}`, async () => {
    const out = mkdtempSync(join(tmpdir(), "accessor-kit-dep-info-"));
    try {
      for (const [design, file] of findDesignTwins()) {
        const depInfo = join(out, `${design}.d`);
        await compileToMetadata(process.env["RUSTC"] ?? "rustc", file, join(out, `${design}.rmeta`), undefined, depInfo);
        expect(readDepInfo(depInfo)?.filter((read) => !filesNamedBy(file)!.includes(read))).toEqual([]);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);

  it("follows path attributes, literal includes and both places of a mod's file, and not what a comment names", () => {
    const root = mkdtempSync(join(tmpdir(), "accessor-kit-named-"));
    const file = (name: string, text: string) => {
      mkdirSync(join(root, name, ".."), { recursive: true });
      writeFileSync(join(root, name), text);
      return join(root, name);
    };
    try {
      file("common/kit.rs", "pub mod inner { pub fn f() -> &'static str { \"#[path = \\\"x.rs\\\"]\" } }\n");
      file("data.txt", "");
      file("twin/helpers.rs", "");
      const twin = file("twin/main.rs", '// #[path = "../gone.rs"] mod gone;\n#[macro_use]\n#[path = "../common/kit.rs"]\nmod kit;\nmod helpers;\nconst DATA: &str = include_str!("../data.txt");\nbindgen!({ no_such_option: true });\n');
      expect(filesNamedBy(twin)?.map((path) => relative(root, path)).sort()).toEqual(["common/kit.rs", "data.txt", "twin/helpers.rs", "twin/helpers/mod.rs", "twin/main.rs"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("cannot tell for a computed include, a missing file, another form of path attribute, a mod inside braces or from a macro, or a mod in an included file", () => {
    const root = mkdtempSync(join(tmpdir(), "accessor-kit-named-"));
    const crate = (text: string) => (writeFileSync(join(root, "lib.rs"), text), filesNamedBy(join(root, "lib.rs")));
    try {
      writeFileSync(join(root, "x.rs"), "");
      writeFileSync(join(root, "with-mod.in"), "mod x;\n");
      expect(crate('include!(concat!(env!("OUT_DIR"), "/x.rs"));\n')).toBeUndefined();
      expect(crate('#[path = "missing.rs"]\nmod missing;\n')).toBeUndefined();
      expect(crate('#[cfg_attr(unix, path = "x.rs")]\nmod x;\n')).toBeUndefined();
      expect(crate('#[path = r"x.rs"]\nmod x;\n')).toBeUndefined();
      expect(crate('mod outer {\n    #[path = "x.rs"]\n    mod x;\n}\n')).toBeUndefined();
      expect(crate("mod outer {\n    mod x;\n}\n")).toBeUndefined();
      expect(crate("macro_rules! module { ($name:ident) => { mod $name; }; }\nmodule!(x);\n")).toBeUndefined();
      expect(crate('include!("with-mod.in");\n')).toBeUndefined();
      // what it can follow, it follows: an included file is read as Rust, whatever its name
      writeFileSync(join(root, "items.in"), 'const DATA: &str = include_str!("x.rs");\n');
      expect(crate('include!("items.in");\n')?.map((path) => relative(root, path)).sort()).toEqual(["items.in", "lib.rs", "x.rs"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("blanks comments, nested ones too, where they are, and keeps string, raw string and char literals", () => {
    const text = 'let a = "// kept"; // gone\nlet b = \'"\'; /* gone /* nested */ gone */ let r = r#"a " // kept"#; let c: &\'static str = "x";';
    const blanked = withoutComments(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/ +/g, " ")).toBe('let a = "// kept"; \nlet b = \'"\'; let r = r#"a " // kept"#; let c: &\'static str = "x";');
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
