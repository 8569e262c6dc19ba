// Runtime: a compiling scenario cell, run. Import the cell, call its `link()`, and drive the real
// guest through it with the scenario's check. Whatever goes wrong (an import that throws, a missing
// `link`, a LinkError, a Trap, a failed check) becomes a one-line result, never an exception.

import { pathToFileURL } from "node:url";
import { scenarioById } from "../scenarios/index.ts";
import type { Linked } from "../scenarios/scenario.ts";
import type { RuntimeResult, ScenarioCell } from "./types.ts";

export async function runCell(cell: ScenarioCell): Promise<RuntimeResult> {
  const scenario = scenarioById(cell.scenario);
  if (scenario === undefined) return { pass: false, stage: "check", error: `unknown scenario "${cell.scenario}"` };
  let module: { readonly link?: unknown };
  try {
    module = (await import(pathToFileURL(cell.file).href)) as { readonly link?: unknown };
  } catch (error) {
    return failed("import", error);
  }
  const { link } = module;
  if (typeof link !== "function") return { pass: false, stage: "link", error: "the cell exports no link() function" };
  let linked: Linked<unknown>;
  try {
    linked = (await link()) as Linked<unknown>;
  } catch (error) {
    return failed("link", error);
  }
  try {
    await scenario.check(linked);
  } catch (error) {
    return failed("check", error);
  }
  return { pass: true };
}

function failed(stage: "import" | "link" | "check", error: unknown): RuntimeResult {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `thrown: ${String(error)}`;
  return { pass: false, stage, error: text.split(/\r?\n/, 1)[0]! };
}
