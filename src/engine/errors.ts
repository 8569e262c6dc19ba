// The engine's two kinds of bad input, each a one-line message the CLI prints as it is: a cell whose
// file or header breaks the format (CellFormatError, naming file:line), and anything else that stops
// an evaluation (EngineError: a missing or wrong compiler, a compiler crash, an unknown filter).
// Paths are shown relative to the directory the user ran the command in, and anything thrown (by
// the kit, or by a proposal's code in a child process) is described in one line without trusting it.

import { dirname, isAbsolute, relative, resolve } from "node:path";

/**
 * The directory the user ran the command in. npm runs a package's scripts (`npm start -- check x`)
 * in the package's root and names the directory it was started in as INIT_CWD; anywhere else it is
 * the working directory.
 */
export function workingDirectory(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const started = env["INIT_CWD"];
  const manifest = env["npm_package_json"];
  const asScript = started !== undefined && started !== "" && manifest !== undefined && resolve(dirname(manifest)) === resolve(cwd);
  return asScript ? started : cwd;
}

/** A path the user gave, resolved from the directory they ran the command in. */
export function userPath(path: string): string {
  return resolve(workingDirectory(), path);
}

/** `file` relative to the user's directory when it lies below it, else absolute. */
export function displayPath(file: string): string {
  const shown = relative(workingDirectory(), file);
  return shown === "" || shown.startsWith("..") || isAbsolute(shown) ? file : shown;
}

/**
 * The first line of a process's or a message's text that says something: what a one-line report
 * shows (esbuild's "Transform failed with 1 error:" is followed by the error itself).
 */
export function firstLine(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return (/^Transform failed with \d+ errors?:$/.test(lines[0] ?? "") ? lines[1] : lines[0]) ?? "";
}

/**
 * Anything thrown, as one line: `Name: first line of the message` for an Error, `thrown: value`
 * otherwise. Never throws itself: an object with a null prototype, a `toString` or `name` that
 * throws, a Proxy whose traps throw are described by what they are.
 */
export function errorLine(thrown: unknown): string {
  const error = attempt(() => (thrown instanceof Error ? thrown : undefined));
  if (error !== undefined) {
    const name = text(() => error.name) ?? "Error";
    const message = text(() => error.message);
    return message === undefined ? `${name}: (a message that cannot be read)` : `${name}: ${firstLine(message)}`;
  }
  if (thrown === null || (typeof thrown !== "object" && typeof thrown !== "function")) return `thrown: ${String(thrown)}`;
  return `thrown: ${objectText(thrown)}`;
}

/** An object thrown that is not an Error, as its text where converting it works, else what it is. */
function objectText(thrown: object): string {
  if (attempt(() => Object.getPrototypeOf(thrown) === null)) {
    const keys = attempt(() => Object.keys(thrown)) ?? [];
    return `an object with a null prototype${keys.length === 0 ? "" : ` (keys: ${keys.slice(0, 5).join(", ")})`}`;
  }
  return text(() => String(thrown)) ?? "an object that cannot be converted to a string";
}

/** What `read` returns, or undefined when it throws. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** What `read` returns when it is a string; undefined when it is not, or throws. */
function text(read: () => unknown): string | undefined {
  const value = attempt(read);
  return typeof value === "string" ? value : undefined;
}

export class CellFormatError extends Error {
  override readonly name = "CellFormatError";
  constructor(
    readonly file: string,
    /** 1-based; undefined when the problem is a missing or unreadable file. */
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${displayPath(file)}${line === undefined ? "" : `:${line}`}: ${problem}`);
  }
}

export class EngineError extends Error {
  override readonly name = "EngineError";
}
