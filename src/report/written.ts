// Written: what a design wrote into a scenario's attempt, the lines of its cell (TypeScript) or its
// twin (Rust) that fill the attempt's holes, everything else being the scenario's. The scenario
// sections of docs/tradeoffs.md and the HTML report's cell details both show them.

import { existsSync, readFileSync } from "node:fs";
import { designLines, readAttemptTemplate, type AttemptLanguage } from "../scenarios/attempt.ts";

/** The filled lines; "missing" when there is no such file, "departs" when it does not follow the attempt. */
export type Written = readonly string[] | "missing" | "departs";

export function writtenLines(scenario: string, language: AttemptLanguage, file: string | undefined): Written {
  if (file === undefined || !existsSync(file)) return "missing";
  return designLines(readAttemptTemplate(scenario, language).text, readFileSync(file, "utf8")) ?? "departs";
}
