// The docs cannot drift: docs/matrix.md and the generated blocks of docs/tradeoffs.md are what a
// fresh run produces, and a doc's TypeScript snippet passes only when the compiler reports exactly
// the errors its header claims.

import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CellFormatError, evaluate } from "../src/engine/index.ts";
import type { Matrix } from "../src/report/matrix.ts";
import { snippetCells } from "../src/report/snippets.ts";
import { scenarioById } from "../src/scenarios/index.ts";
import { buildDecisionTable } from "../src/report/decisions.ts";
import { fillTradeoffs } from "../src/report/tradeoffs.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));

function docsCheck(): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(kit, "node_modules", "tsx", "dist", "cli.mjs"), join(kit, "src", "report", "docs.ts"), "--check"], { cwd: kit });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stderr }));
  });
}

describe("generated docs", () => {
  it(
    "docs/matrix.md and docs/tradeoffs.md are what a fresh run generates, and every snippet in them holds (npm run docs regenerates)",
    async () => {
      const run = await docsCheck();
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    },
    300_000,
  );
});

/** A doc with one snippet: an arrow building a view, given to field-ref, which takes only borrows. */
const doc = (claim: string) => `# A doc

\`\`\`ts
// scenario: fresh-view
${claim}
import { KitData, Linker, SocketsViewHost } from "accessor-kit";
import { sockets } from "../../designs/field-ref.ts";

const linker = new Linker<KitData>();
sockets.addToLinker(linker, (d) => new SocketsViewHost({ table: d.table, sockets: d.sockets }));
\`\`\`
`;

async function snippetProblems(markdown: string): Promise<string[]> {
  const snippets = snippetCells(markdown, join(kit, "docs", "a-doc.md"));
  try {
    return snippets.problems(await evaluate({ cells: snippets.cells, compilers: ["ts7"] }));
  } finally {
    snippets.dispose();
  }
}

describe("doc snippets are cells", () => {
  it(
    "a snippet passes when its claimed error occurs where it says",
    async () => {
      expect(await snippetProblems(doc(`// expect: error TS2322 at 7 "Borrow<SocketsViewHost>"`))).toEqual([]);
    },
    120_000,
  );

  it(
    "a snippet that claims to compile fails, naming the doc's line and the error",
    async () => {
      const problems = await snippetProblems(doc("// expect: compiles"));
      expect(problems).toEqual([expect.stringMatching(/^docs\/a-doc\.md:4: docs\/a-doc\.md#snippet-1 \(ts7\): unexpected TS2322 at 7: /)]);
    },
    120_000,
  );

  it("a snippet that claims nothing is refused at its header", () => {
    expect(() => snippetCells(doc(""), join(kit, "docs", "a-doc.md"))).toThrow(CellFormatError);
    expect(() => snippetCells(doc(""), join(kit, "docs", "a-doc.md"))).toThrow(/a-doc\.md:4: snippet-1 has no "\/\/ expect:" line/);
  });
});

describe("generated blocks of tradeoffs.md", () => {
  const matrix: Matrix = {
    compilers: [],
    rust: { status: "not-run", reason: "not needed here" },
    designs: ["field-ref"],
    scenarios: ["fresh-view"],
    proposals: [],
    entries: new Map(),
    missing: ["field-ref/fresh-view"],
    unfinished: [],
    findings: [],
    faults: [],
    allowMissing: false,
    pass: true,
  };

  it("fills a design's and a scenario's block from the matrix, keeping the prose", () => {
    const template = "prose\n<!-- generated: design field-ref -->\nold\n<!-- end generated -->\n<!-- generated: scenario fresh-view -->\n<!-- end generated -->\n";
    const filled = fillTradeoffs(template, matrix, "tradeoffs.md");
    expect(filled.problems).toEqual([]);
    expect(filled.text).toContain("prose\n<!-- generated: design field-ref -->\n| scenario | TypeScript | Rust |");
    expect(filled.text).toContain("| `fresh-view` | missing | - |");
    expect(filled.text).toContain(`Intent: ${scenarioById("fresh-view")!.intent}`);
    expect(filled.text).toContain("What each design writes into the attempt");
    expect(filled.text).not.toContain("old");
  });

  it("fills the decision table's block, which a document given a table must have", () => {
    const decisions = buildDecisionTable(matrix, { status: "not-measured", reason: "not here" });
    const sections = "<!-- generated: design field-ref -->\n<!-- end generated -->\n<!-- generated: scenario fresh-view -->\n<!-- end generated -->\n";
    const filled = fillTradeoffs(`<!-- generated: decisions -->\n<!-- end generated -->\n${sections}`, matrix, "tradeoffs.md", undefined, decisions);
    expect(filled.problems).toEqual([]);
    expect(filled.text).toContain("<!-- generated: decisions -->\n| design | view built on the call | released |\n");
    expect(fillTradeoffs(sections, matrix, "tradeoffs.md", undefined, decisions).problems).toEqual([`tradeoffs.md: no "<!-- generated: decisions -->" block for the decision table`]);
  });

  it("a design without a section is a problem, so no design goes undocumented", () => {
    const filled = fillTradeoffs("<!-- generated: scenario fresh-view -->\n<!-- end generated -->\n", matrix, "tradeoffs.md");
    expect(filled.problems).toEqual([`tradeoffs.md: no "<!-- generated: design field-ref -->" block: every design has a section`]);
  });
});
