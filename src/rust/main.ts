// `npx tsx src/rust/main.ts`: compiles every Rust twin and prints the design x scenario table of
// rustc outcomes, the time the rustc runs took, and every problem (a design twin that does not
// compile, a twin whose header is wrong, a cell whose `// rust:` claim differs from its twin).
// Exits 1 when there is a problem; "not run" (no rustc, or one older than 1.75) exits 0.

import { scenarios } from "../scenarios/index.ts";
import { formatClaim } from "./claim.ts";
import { rustColumn, type RustColumn } from "./twins.ts";

type Ran = Extract<RustColumn, { status: "ran" }>;

function table(column: Ran): string {
  const designs = [...column.designs.keys()];
  const rows = scenarios.map((scenario) => {
    const cells = designs.map((design) => {
      const twin = column.twins.get(`${design}/${scenario.id}`);
      return twin === undefined ? "(no twin)" : `${formatClaim(twin.outcome)}${twin.matches ? "" : " ✗"}`;
    });
    return `| ${scenario.id} | ${cells.join(" | ")} |`;
  });
  return [`| scenario | ${designs.join(" | ")} |`, `|${" --- |".repeat(designs.length + 1)}`, ...rows].join("\n");
}

/** The twins outside the design x scenario table (findings), one line each. */
function otherTwins(column: Ran): string[] {
  const designs = new Set(column.designs.keys());
  return [...column.twins.values()]
    .filter((twin) => !designs.has(twin.design))
    .map((twin) => `${twin.key}: ${formatClaim(twin.outcome)}${twin.matches ? "" : " ✗"}${twin.also.length > 0 ? ` (also ${twin.also.join(", ")})` : ""}`);
}

function problems(column: Ran): string[] {
  return [
    ...[...column.designs].flatMap(([design, run]) => run.problems.map((p) => `design ${design}: ${p}`)),
    ...[...column.twins.values()].flatMap((twin) => twin.problems.map((p) => `twin ${twin.file}: ${p}`)),
    ...column.missing.map((key) => `no twin rust/twins/${key}.rs`),
    ...[...column.claims.values()].flatMap((claim) => (claim.problem ? [`cell ${claim.cell}: ${claim.problem}`] : [])),
    ...column.malformedClaims,
  ];
}

try {
  const column = await rustColumn();
  if (column.status === "not-run") {
    console.log(`rust twins: not run (${column.reason})`);
  } else {
    const found = problems(column);
    console.log(table(column));
    console.log(["", ...otherTwins(column)].join("\n"));
    console.log(
      `\n${column.rustc}: ${column.designs.size} design twins and ${column.twins.size} twins compiled in ` +
        `${(column.ms / 1000).toFixed(2)} s; ${column.claims.size} cell claims checked`,
    );
    for (const problem of found) console.log(`problem: ${problem}`);
    process.exitCode = found.length > 0 ? 1 : 0;
  }
} catch (error) {
  console.error(`rust twins: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
