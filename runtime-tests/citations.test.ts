// Every citation of the kit's own material resolves: a finding names a cell under
// type-tests/findings/, a step D1..D8 is a heading of docs/history.md, a path or markdown link
// points at a file (and heading) that exists. External citations (wasmtime #8382,
// rust-lang/rust#58052, wasmtime paths qualified by their tag) are out of scope.

import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { anchorOf, anchorsIn, danglingCitations, HISTORY, repositoryAt, type Repository, SCANNED, stepsIn } from "./citations.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));

describe("the kit's citations", () => {
  it("every reference in cells, twins, designs, sources, docs and the README resolves inside the repository", () => {
    const repo = repositoryAt(kit);
    const files = repo.files(SCANNED).filter((file) => /\.(ts|rs|md)$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    const dangling = files.flatMap((file) => danglingCitations(file, readFileSync(posix.join(kit, file), "utf8"), repo));
    expect(dangling.map(({ file, line, citation, problem }) => `${file}:${line}: ${citation}: ${problem}`)).toEqual([]);
  });

  it("the history defines every step the kit names, D1 to D8 with both BorrowHost forms", () => {
    const steps = stepsIn(readFileSync(posix.join(kit, HISTORY), "utf8"));
    expect([...steps]).toEqual(["D1", "D2", "D2a", "D2b", "D3", "D4", "D5", "D6", "D7", "D8"]);
  });
});

const history = "# History\n\n## D1: field-ref closure\n\n## D2: BorrowHost\n\n### D2a: the seed comment's BorrowHost\n";

/** A repository of the given files; markdown contents where headings matter. */
function repository(files: Record<string, string>): Repository {
  const paths = Object.keys(files);
  return {
    has: (path) => path === "" || paths.some((file) => file === path || file.startsWith(`${path}/`)),
    hasFileNamed: (name) => paths.some((file) => posix.basename(file) === name),
    anchors: (path) => anchorsIn(files[path] ?? ""),
    historySteps: () => stepsIn(files[HISTORY] ?? ""),
  };
}

const repo = repository({
  [HISTORY]: history,
  "docs/tradeoffs.md": "# Tradeoffs\n",
  "type-tests/findings/overlap-first-match.ts": "",
  "type-tests/findings/registry-key-conflict/main.ts": "",
  "rust/twins/field-ref/fresh-view.rs": "",
  "designs/field-ref.ts": "",
});

/** The citations a user's cell comment would leave dangling. */
const danglingIn = (comment: string, file = "type-tests/field-ref/fresh-view.ts") =>
  danglingCitations(file, comment, repo).map(({ citation, line }) => `${line}: ${citation}`);

describe("a citation", () => {
  it("of a finding by an id from notes kept elsewhere dangles, whatever its spelling", () => {
    expect(danglingIn("// a const arrow has no contextual type (findings B6: TS7006)")).toEqual(["1: findings B6"]);
    expect(danglingIn("// written the Rust way it is the Host (findings B4(i))")).toEqual(["1: findings B4(i)"]);
    expect(danglingIn("// the only thing that hid it was skipLibCheck (finding\n// A3a, microsoft/TypeScript#47258)")).toEqual(["1: finding A3a"]);
  });

  it("of a finding by its cell's name resolves when the cell or its folder exists", () => {
    expect(danglingIn("// overloads take the first match (findings/overlap-first-match)")).toEqual([]);
    expect(danglingIn("// see findings/registry-key-conflict and findings/overlap-first-match.ts")).toEqual([]);
    expect(danglingIn("// see findings/no-such-finding")).toEqual(["1: findings/no-such-finding"]);
  });

  it("of a history step resolves only to a heading of docs/history.md", () => {
    expect(danglingIn("// as in D1, and the seed's D2a")).toEqual([]);
    expect(danglingIn("// the step after D7, D8")).toEqual(["1: D7", "1: D8"]);
    expect(danglingIn("// see the kit's history notes")).toEqual(["1: history notes"]);
    expect(danglingIn("see the kit's [history notes](history.md)", "docs/tradeoffs.md")).toEqual([]);
  });

  it("of a repository path resolves from the root, placeholders standing for any file of their folder", () => {
    expect(danglingIn("// the twin rust/twins/field-ref/fresh-view.rs; every twin is rust/twins/<design>/<scenario>.rs")).toEqual([]);
    expect(danglingIn("// reproduced in rust/fd and checked by rust/check.sh.")).toEqual(["1: rust/fd", "1: rust/check.sh"]);
    expect(danglingIn("// defined in docs/history.md#d2a-the-seed-comments-borrowhost")).toEqual([]);
    expect(danglingIn("// defined in docs/history.md#d9-nothing")).toEqual(["1: docs/history.md#d9-nothing"]);
  });

  it("of a bare file name must name one of the repository's files, unless a tag says whose it is", () => {
    expect(danglingIn("// B6 in typescript-findings.md")).toEqual(["1: typescript-findings.md"]);
    expect(danglingIn("// v22:`RELEASES.md` line 88 and 29d04b1555:`crates/wasmtime/src/runtime/component/get_host.rs`")).toEqual([]);
  });

  it("in a markdown link resolves from the linking file, its anchor to a heading", () => {
    expect(danglingIn("[D2a](history.md#d2a-the-seed-comments-borrowhost), [cell](../designs/field-ref.ts)", "docs/tradeoffs.md")).toEqual([]);
    expect(danglingIn("[gone](../designs/gone.ts) and [up](#no-such-heading)", "docs/tradeoffs.md")).toEqual([
      "1: ../designs/gone.ts",
      "1: #no-such-heading",
    ]);
  });

  it("outside the repository is not checked: wasmtime's, rustc's and TypeScript's issues", () => {
    expect(danglingIn("// wasmtime #8382, PR #10770, rust-lang/rust#58052, microsoft/TypeScript#26242")).toEqual([]);
  });

  it("is read from comments only: a path a program builds is not a citation", () => {
    expect(danglingIn("const twin = `rust/missing/${key}.rs`; // rust/missing/x.rs")).toEqual(["1: rust/missing/x.rs"]);
    expect(danglingIn("```ts\nconst f = 'rust/fd';\n// rust/fd\n```\nrust/fd", "docs/tradeoffs.md")).toEqual(["3: rust/fd", "5: rust/fd"]);
  });
});

describe("a heading's anchor", () => {
  it("is GitHub's: lower case, punctuation dropped, spaces as hyphens, repeats numbered", () => {
    expect(anchorOf("D2a: the seed comment's BorrowHost")).toBe("d2a-the-seed-comments-borrowhost");
    expect(anchorOf("D8: HostWithStore and `Accessor`")).toBe("d8-hostwithstore-and-accessor");
    expect([...anchorsIn("## Costs\n### Costs\n```\n## not a heading\n```")]).toEqual(["costs", "costs-1"]);
  });
});
