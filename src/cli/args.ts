// Args: the command line, read with node's util.parseArgs, into one Command. Anything it cannot
// take is a UsageError: one line saying what is wrong, and exit status 2.

import { parseArgs } from "node:util";
import { compilerProblem, compilers, type CompilerId } from "../engine/index.ts";
import { kitDesigns, scenarioIds } from "../report/kit.ts";

export const FORMATS = ["text", "markdown", "json", "github", "junit"] as const;
export type Format = (typeof FORMATS)[number];

export const COMMANDS = ["matrix", "check", "report", "help"] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface Options {
  /** In configuration order (the reference compiler first). */
  readonly compilers: readonly CompilerId[];
  /** Optional compilers `--ts all` left out because they are not installed, and why. */
  readonly compilersNotRun: readonly { readonly id: CompilerId; readonly reason: string }[];
  /** Undefined: every design. */
  readonly designs?: readonly string[];
  /** Undefined: every scenario. */
  readonly scenarios?: readonly string[];
  readonly format: Format;
  /** Where markdown links the files of the repository checked out in the working directory. */
  readonly repoUrl?: string;
  /** `--html <dir>`: where `report` and `check` write the HTML report (`<dir>/index.html`). */
  readonly html?: string;
  /** The cache folder, as given (undefined: the default). */
  readonly cacheDir?: string;
  /** No progress display. */
  readonly quiet: boolean;
  /** Results kept by content are used and stored (false: --no-cache). */
  readonly cache: boolean;
  /** Run again after every change (--watch). */
  readonly watch: boolean;
}

export type Command =
  | { readonly name: "help"; readonly topic?: CommandName }
  | { readonly name: "version" }
  | { readonly name: "matrix"; readonly options: Options }
  | { readonly name: "report"; readonly options: Options & { readonly html: string } }
  | { readonly name: "check"; readonly folder: string; readonly options: Options };

export class UsageError extends Error {
  override readonly name = "UsageError";
}

const OPTIONS = {
  ts: { type: "string" },
  design: { type: "string", multiple: true },
  scenario: { type: "string", multiple: true },
  format: { type: "string" },
  "repo-url": { type: "string" },
  html: { type: "string" },
  "cache-dir": { type: "string" },
  "no-cache": { type: "boolean" },
  watch: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  const [name = "matrix", ...rest] = positionals;
  if (name === "help") {
    const [topic, ...extra] = rest;
    if (extra.length > 0) throw new UsageError(`help takes one command, got "${rest.join(" ")}"`);
    return topic === undefined ? { name } : { name, topic: commandName(topic) };
  }
  if (values.help === true) return positionals.length === 0 ? { name: "help" } : { name: "help", topic: commandName(name) };
  if (values.version === true) return { name: "version" };
  const options: Options = {
    ...compilersFor(values.ts ?? "all"),
    ...listOption("design", values.design, kitDesigns()),
    ...listOption("scenario", values.scenario, scenarioIds()),
    format: formatOf(values.format ?? "text"),
    ...(values["repo-url"] === undefined ? {} : { repoUrl: urlOf(values["repo-url"]) }),
    ...(values["cache-dir"] === undefined ? {} : { cacheDir: nonEmpty("--cache-dir", values["cache-dir"]) }),
    ...(values.html === undefined ? {} : { html: nonEmpty("--html", values.html) }),
    quiet: values.quiet === true,
    cache: values["no-cache"] !== true,
    watch: values.watch === true,
  };
  if (name === "matrix") {
    if (rest.length > 0) throw new UsageError(`matrix takes no arguments, got "${rest.join(" ")}" (see accessor-kit help matrix)`);
    if (options.html !== undefined) throw new UsageError("--html is for report and check: accessor-kit report --html <dir>");
    return { name, options };
  }
  if (name === "report") {
    if (rest.length > 0) throw new UsageError(`report takes no arguments, got "${rest.join(" ")}" (see accessor-kit help report)`);
    const { html } = options;
    if (html === undefined) throw new UsageError("report needs --html <dir>: the folder to write the page to");
    if (values.format !== undefined) throw new UsageError("report writes HTML: --format is for matrix and check");
    return { name, options: { ...options, html } };
  }
  if (name === "check") {
    const [folder, ...extra] = rest;
    if (folder === undefined) throw new UsageError("check needs the proposal's folder: accessor-kit check <folder>");
    if (extra.length > 0) throw new UsageError(`check takes one folder, got "${rest.join(" ")}"`);
    return { name, folder, options };
  }
  throw unknownCommand(name);
}

function commandName(name: string): CommandName {
  const known = COMMANDS.find((command) => command === name);
  if (known === undefined) throw unknownCommand(name);
  return known;
}

function unknownCommand(name: string): UsageError {
  return new UsageError(`unknown command "${name}" (commands: ${COMMANDS.join(", ")}; see accessor-kit help)`);
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

/**
 * `--ts 7`: that compiler (the engine says so in one line if it is not installed). `--ts all`:
 * every configured compiler, less the optional ones that are not installed.
 */
function compilersFor(value: string): Pick<Options, "compilers" | "compilersNotRun"> {
  if (value === "all") {
    const notRun = compilers.flatMap((compiler) => {
      const problem = "optional" in compiler && compiler.optional ? compilerProblem(compiler) : undefined;
      return problem === undefined ? [] : [{ id: compiler.id, reason: problem }];
    });
    return { compilers: compilers.map((compiler) => compiler.id).filter((id) => !notRun.some((c) => c.id === id)), compilersNotRun: notRun };
  }
  const id = compilers.find((compiler) => compiler.id === `ts${value}`)?.id;
  if (id === undefined) throw new UsageError(`--ts ${value}: expected ${[...compilers.map((c) => c.id.slice("ts".length)), "all"].join(", ")}`);
  return { compilers: [id], compilersNotRun: [] };
}

function formatOf(value: string): Format {
  const format = FORMATS.find((known) => known === value);
  if (format === undefined) throw new UsageError(`unknown format "${value}" (formats: ${FORMATS.join(", ")})`);
  return format;
}

function urlOf(value: string): string {
  if (!/^https?:\/\/[^/\s]+/.test(value)) throw new UsageError(`--repo-url ${value}: expected an http(s) URL, e.g. https://github.com/<owner>/<repo>/blob/main`);
  return value;
}

function nonEmpty(option: string, value: string): string {
  if (value.trim() === "") throw new UsageError(`${option} needs a folder`);
  return value;
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
