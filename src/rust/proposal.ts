// A proposal's Rust twins: its `rust/` folder, laid out as the kit's (`rust/designs/<name>.rs`, the
// design twin; `rust/twins/<name>/<scenario>.rs`, one twin per scenario, each the scenario's Rust
// attempt), compiled with rustc like the kit's and held to the same attempts, so the `// rust:`
// claims of the proposal's cells are checked. The kit's shared `rust/common/` is put beside them
// (the twins reach it by `#[path = "../common/kit.rs"]`, as the kit's do): they are compiled from a
// copy in the scratch folder, and reported at their places in the proposal.

import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { kitRoot, scratchSubfolder, type OwnScenarios, type ScenarioCell } from "../engine/index.ts";
import { claimsOf, judgeClaim, rustColumn, type ClaimResult, type RustColumn, type TwinKey, type TwinResult } from "./twins.ts";

/** The proposal whose twins are compiled: its folder, its row in the matrix, its cells (their claims), its own scenarios. */
export interface ProposalTwins {
  readonly folder: string;
  readonly design: string;
  readonly cells: readonly ScenarioCell[];
  readonly scenarios: OwnScenarios;
}

/** Where a proposal's `rust/` folder breaks the layout, in one line; undefined when it follows it. */
export function twinLayoutProblem(folder: string): string | undefined {
  const rust = join(folder, "rust");
  const designs = rsFiles(join(rust, "designs"));
  const twins = existsSync(join(rust, "twins")) ? readdirSync(join(rust, "twins")).filter((name) => statSync(join(rust, "twins", name)).isDirectory()) : [];
  const name = designs[0]?.slice(0, -".rs".length);
  if (designs.length !== 1) return `rust/designs/ must hold one design twin, <name>.rs (it holds ${designs.length})`;
  const stray = twins.find((twin) => twin !== name);
  if (stray !== undefined) return `rust/twins/${stray}/ is not rust/twins/${name}/: the twins of rust/designs/${name}.rs go in rust/twins/${name}/`;
  return undefined;
}

/**
 * The proposal's twins compiled and its cells' claims checked against them, keyed by its row
 * (`<design>/<scenario>`) like the kit's; undefined when it has no `rust/` folder. Call only when
 * twinLayoutProblem finds nothing.
 */
export async function proposalRustColumn(proposal: ProposalTwins): Promise<RustColumn | undefined> {
  if (!existsSync(join(proposal.folder, "rust"))) return undefined;
  const staged = stage(proposal.folder);
  let column: RustColumn;
  try {
    column = await rustColumn({ root: staged, cells: [], scenarios: proposal.scenarios });
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
  if (column.status !== "ran") return column;
  const rekey = (key: TwinKey): TwinKey => `${proposal.design}/${key.slice(key.indexOf("/") + 1)}`;
  const twins = new Map([...column.twins].map(([key, twin]): [TwinKey, TwinResult] => [rekey(key), twin]));
  const claims = new Map(
    claimsOf(proposal.cells).map((cell): [TwinKey, ClaimResult] => {
      const claim = judgeClaim(cell, proposal.folder, twins.get(cell.key));
      // A claim read from the cell itself, whatever the working directory: its absolute path.
      return [cell.key, { ...claim, cell: cell.file }];
    }),
  );
  return { ...column, root: proposal.folder, twins, claims, missing: [] };
}

/** A copy of the proposal's rust/designs and rust/twins beside a link to the kit's rust/common. */
function stage(folder: string): string {
  const staged = scratchSubfolder("proposal-rust-");
  const rust = join(staged, "rust");
  mkdirSync(rust);
  symlinkSync(join(kitRoot, "rust", "common"), join(rust, "common"), "dir");
  for (const part of ["designs", "twins"]) {
    const from = join(folder, "rust", part);
    if (existsSync(from)) cpSync(from, join(rust, part), { recursive: true });
  }
  return staged;
}

function rsFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".rs")) : [];
}
