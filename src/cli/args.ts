// Args: the command line, read with node's util.parseArgs, into one Command. Anything it cannot
// take is a UsageError: one line saying what is wrong, and exit status 2.

import { parseArgs } from "node:util";
import { compilers, type CompilerId } from "../engine/index.ts";
import { kitDesigns, scenarioIds } from "../report/kit.ts";

export const FORMATS = ["text", "markdown", "json", "github"] as const;
export type Format = (typeof FORMATS)[number];

export interface Options {
  /** In configuration order (the reference compiler first). */
  readonly compilers: readonly CompilerId[];
  /** Undefined: every design. */
  readonly designs?: readonly string[];
  /** Undefined: every scenario. */
  readonly scenarios?: readonly string[];
  readonly format: Format;
}

export type Command =
  | { readonly name: "help" }
  | { readonly name: "matrix"; readonly options: Options }
  | { readonly name: "check"; readonly folder: string; readonly options: Options };

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = `accessor-kit: what may the getter passed to a generated addToLinker(linker, get) return?

usage:
  accessor-kit [matrix] [options]        the designs x scenarios matrix, computed live
  accessor-kit check <folder> [options]  a proposal (design.ts and one cell per scenario) beside the kit's designs

options:
  --ts 6|7|all             TypeScript versions to check with (default: all)
  --design <id>[,<id>]     only these kit designs (repeatable)
  --scenario <id>[,<id>]   only these scenarios (repeatable)
  --format <format>        text (default), markdown, json, or github (annotations for unexpected outcomes)
  -h, --help               this help

exit status: 0 every cell as expected, 1 some cell not, 2 bad usage or bad input
`;

const OPTIONS = {
  ts: { type: "string" },
  design: { type: "string", multiple: true },
  scenario: { type: "string", multiple: true },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help === true) return { name: "help" };
  const options: Options = {
    compilers: compilersFor(values.ts ?? "all"),
    ...listOption("design", values.design, kitDesigns()),
    ...listOption("scenario", values.scenario, scenarioIds()),
    format: formatOf(values.format ?? "text"),
  };
  const [name = "matrix", ...rest] = positionals;
  if (name === "matrix") {
    if (rest.length > 0) throw new UsageError(`matrix takes no arguments, got "${rest.join(" ")}" (see --help)`);
    return { name, options };
  }
  if (name === "check") {
    const [folder, ...extra] = rest;
    if (folder === undefined) throw new UsageError("check needs the proposal's folder: accessor-kit check <folder>");
    if (extra.length > 0) throw new UsageError(`check takes one folder, got "${rest.join(" ")}"`);
    return { name, folder, options };
  }
  throw new UsageError(`unknown command "${name}" (commands: matrix, check; see --help)`);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageProblem(error as Error & { code?: string }));
  }
}

/** parseArgs' own messages are long and suggest `--`: say what is wrong instead. */
function usageProblem(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option} (see --help)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `option ${option.split(" ")[0]} ${/takes no value|does not take/.test(error.message) ? "takes no value" : "needs a value"} (see --help)`;
    default:
      return error.message.split("\n", 1)[0]!;
  }
}

function compilersFor(value: string): CompilerId[] {
  if (value === "all") return compilers.map((compiler) => compiler.id);
  const id = compilers.find((compiler) => compiler.id === `ts${value}`)?.id;
  if (id === undefined) throw new UsageError(`--ts ${value}: expected ${[...compilers.map((c) => c.id.slice("ts".length)), "all"].join(", ")}`);
  return [id];
}

function formatOf(value: string): Format {
  const format = FORMATS.find((known) => known === value);
  if (format === undefined) throw new UsageError(`unknown format "${value}" (formats: ${FORMATS.join(", ")})`);
  return format;
}

/** `--x a,b --x c` as ["a", "b", "c"], each one of `known`. */
function listOption<K extends "design" | "scenario">(key: K, values: readonly string[] | undefined, known: readonly string[]): Partial<Record<`${K}s`, string[]>> {
  if (values === undefined) return {};
  const ids = values.flatMap((value) => value.split(",")).map((id) => id.trim());
  const empty = ids.find((id) => id === "");
  if (empty !== undefined) throw new UsageError(`--${key} has an empty id`);
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new UsageError(`unknown ${key} "${unknown}" (known: ${known.join(", ")})`);
  return { [`${key}s`]: [...new Set(ids)] } as Partial<Record<`${K}s`, string[]>>;
}
