// wat(): WebAssembly text to binary with the `wabt` package, the guests' only build step.

import type loadWabt from "wabt";

export class WatError extends Error {
  override readonly name = "WatError";
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

let wabt: ReturnType<typeof loadWabt> | undefined;

/**
 * Compiles WebAssembly text; a syntax or validation error is one WatError naming line:column. wabt
 * (a large module, a fifth of a second to load) is loaded on the first call, not with the kit: a
 * process that takes compiled guests never loads it.
 */
export async function wat(source: string, filename = "guest.wat"): Promise<Uint8Array<ArrayBuffer>> {
  wabt ??= import("wabt").then(({ default: load }) => load());
  const toolkit = await wabt;
  let module: ReturnType<typeof toolkit.parseWat> | undefined;
  try {
    module = toolkit.parseWat(filename, source);
    module.resolveNames();
    module.validate();
    return new Uint8Array(module.toBinary({}).buffer);
  } catch (error) {
    throw watError(error, source, filename);
  } finally {
    module?.destroy();
  }
}

/** wabt reports `file:line:col: error: ...` followed by the source line; keep the first error only. */
function watError(error: unknown, source: string, filename: string): WatError {
  const text = error instanceof Error ? error.message : String(error);
  const match = /:(\d+):(\d+): error: ([^\n]*)/.exec(text);
  if (!match) return new WatError(0, 0, `${filename}: ${text.split("\n")[0]}`);
  const line = Number(match[1]);
  const column = Number(match[2]);
  const offending = source.split("\n")[line - 1]?.trim() ?? "";
  return new WatError(line, column, `${filename}:${line}:${column}: ${match[3]} (in: ${offending})`);
}
