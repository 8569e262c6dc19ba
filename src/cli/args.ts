// Args: the command line, read with node's util.parseArgs, into one Command. Anything it cannot
// take is a UsageError: one line saying what is wrong, and exit status 2. An option of another
// command (`matrix --accept`) is one too.

import { parseArgs } from "node:util";
import { compilerProblem, compilers, DEFAULT_LIMITS, type CompilerId } from "../engine/index.ts";
import { kitDesigns, scenarioIds } from "../report/kit.ts";

export const FORMATS = ["text", "markdown", "json", "github", "junit"] as const;
export type Format = (typeof FORMATS)[number];

export const COMMANDS = ["matrix", "check", "report", "init", "help"] as const;
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

/** What only `check` takes. */
export interface CheckOptions {
  /** A proposal's missing and unfinished cells do not fail the check. */
  readonly allowMissing: boolean;
  /** Write what the compilers (and rustc) said into the proposals' cell headers, then check again. */
  readonly accept: boolean;
  /** Show only the scenarios where a proposal's outcome differs from this design's (a kit design or another proposal). */
  readonly against?: string;
  /** Per cell run, in ms (--timeout, given in seconds). */
  readonly timeoutMs: number;
  /** The heap limit of each cell run, in MiB (--memory). */
  readonly memoryMb: number;
  /** Compile the kit's Rust twins too (check compiles only the proposals' by default). */
  readonly kitRust: boolean;
  /** Measure the costs per design (check skips them by default). */
  readonly costs: boolean;
}

export type Command =
  | { readonly name: "help"; readonly topic?: CommandName }
  | { readonly name: "version" }
  | { readonly name: "matrix"; readonly options: Options }
  | { readonly name: "report"; readonly options: Options & { readonly html: string } }
  | { readonly name: "check"; readonly folders: readonly string[]; readonly options: Options; readonly check: CheckOptions }
  | { readonly name: "init"; readonly folder: string; readonly from?: string; readonly options: Options };

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
  "allow-missing": { type: "boolean" },
  accept: { type: "boolean" },
  against: { type: "string" },
  timeout: { type: "string" },
  memory: { type: "string" },
  rust: { type: "boolean" },
  costs: { type: "boolean" },
  from: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** The options only some commands take. */
const ONLY: Readonly<Record<string, readonly CommandName[]>> = {
  "allow-missing": ["check"],
  accept: ["check"],
  against: ["check"],
  timeout: ["check"],
  memory: ["check"],
  rust: ["check"],
  costs: ["check"],
  from: ["init"],
  html: ["report", "check"],
};

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
  const command = commandName(name);
  const misplaced = Object.keys(values).find((option) => ONLY[option] !== undefined && !ONLY[option].includes(command));
  if (misplaced !== undefined) {
    const owners = ONLY[misplaced]!;
    throw new UsageError(`--${misplaced} is an option of ${owners.join(" and ")}, not of ${command} (see accessor-kit help ${owners[0]})`);
  }
  const options: Options = {
    ...compilersFor(values.ts ?? "all"),
    ...listOption("design", values.design, kitDesigns()),
    // A proposal may bring scenarios of its own: check knows them only once it has read the proposals.
    ...listOption("scenario", values.scenario, command === "check" ? undefined : scenarioIds()),
    format: formatOf(values.format ?? "text"),
    ...(values["repo-url"] === undefined ? {} : { repoUrl: urlOf(values["repo-url"]) }),
    ...(values["cache-dir"] === undefined ? {} : { cacheDir: nonEmpty("--cache-dir", values["cache-dir"]) }),
    ...(values.html === undefined ? {} : { html: nonEmpty("--html", values.html) }),
    quiet: values.quiet === true,
    cache: values["no-cache"] !== true,
    watch: values.watch === true,
  };
  if (command === "matrix") {
    if (rest.length > 0) throw new UsageError(`matrix takes no arguments, got "${rest.join(" ")}" (see accessor-kit help matrix)`);
    return { name: command, options };
  }
  if (command === "report") {
    if (rest.length > 0) throw new UsageError(`report takes no arguments, got "${rest.join(" ")}" (see accessor-kit help report)`);
    const { html } = options;
    if (html === undefined) throw new UsageError("report needs --html <dir>: the folder to write the page to");
    if (values.format !== undefined) throw new UsageError("report writes HTML: --format is for matrix and check");
    return { name: command, options: { ...options, html } };
  }
  if (command === "init") {
    const [folder, ...extra] = rest;
    if (folder === undefined) throw new UsageError("init needs the folder to scaffold: accessor-kit init <folder> [--from <design>]");
    if (extra.length > 0) throw new UsageError(`init takes one folder, got "${rest.join(" ")}"`);
    if (values.from !== undefined && !kitDesigns().includes(values.from)) throw new UsageError(`--from ${values.from}: unknown design (known: ${kitDesigns().join(", ")})`);
    return { name: command, folder: nonEmpty("init", folder), options, ...(values.from === undefined ? {} : { from: values.from }) };
  }
  if (command === "check") {
    if (rest.length === 0) throw new UsageError("check needs a proposal's folder: accessor-kit check <folder>...");
    const check: CheckOptions = {
      allowMissing: values["allow-missing"] === true,
      accept: values.accept === true,
      ...(values.against === undefined ? {} : { against: nonEmpty("--against", values.against) }),
      timeoutMs: positive("--timeout", values.timeout, DEFAULT_LIMITS.timeoutMs / 1000, "seconds") * 1000,
      memoryMb: Math.round(positive("--memory", values.memory, DEFAULT_LIMITS.memoryMb, "MiB")),
      kitRust: values.rust === true,
      costs: values.costs === true,
    };
    return { name: command, folders: rest, options, check };
  }
  throw unknownCommand(name);
}

/** A positive number of `unit` given as an option's value, or the default. */
function positive(option: string, value: string | undefined, otherwise: number, unit: string): number {
  if (value === undefined) return otherwise;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0) throw new UsageError(`${option} ${value}: expected a positive number of ${unit}`);
  return number;
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

/** `--x a,b --x c` as ["a", "b", "c"], each one of `known` (checked later where `known` is undefined). */
function listOption<K extends "design" | "scenario">(key: K, values: readonly string[] | undefined, known: readonly string[] | undefined): Partial<Record<`${K}s`, string[]>> {
  if (values === undefined) return {};
  const ids = values.flatMap((value) => value.split(",")).map((id) => id.trim());
  const empty = ids.find((id) => id === "");
  if (empty !== undefined) throw new UsageError(`--${key} has an empty id`);
  if (known !== undefined) checkKnown(key, ids, known);
  return { [`${key}s`]: [...new Set(ids)] } as Partial<Record<`${K}s`, string[]>>;
}

/** Refuses an id that is not one of `known`. */
export function checkKnown(key: "design" | "scenario", ids: readonly string[], known: readonly string[]): void {
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new UsageError(`unknown ${key} "${unknown}" (known: ${known.join(", ")})`);
}
