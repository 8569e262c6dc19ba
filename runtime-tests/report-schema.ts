// The published JSON Schema of `--format json` (schema/report.schema.json), as ajv reads it: a
// report is valid when this returns no errors.

import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";

/** The schema at `file`'s violations by `report`, one line each (none: valid). */
export function schemaErrors(file: string, report: unknown): string[] {
  const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(file, "utf8")) as object);
  if (validate(report)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}
