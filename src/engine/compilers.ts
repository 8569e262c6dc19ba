// Compilers: the TypeScript versions every cell is checked with. This is configuration: adding a
// version is one entry here (plus its npm alias in package.json, e.g. "ts58": "npm:typescript@5.8.3")
// and, in cells where it differs, `expect[<id>]:` lines. The first entry is the reference compiler:
// runtime checks run for the cells that compile on it.

export interface Compiler<Id extends string = string> {
  /** The name cells use in `expect[<id>]:` lines. */
  readonly id: Id;
  /** The `tsc` entry point, relative to the kit root (never `node_modules/.bin/tsc`: it is TS 6). */
  readonly bin: string;
  /** What `tsc --version` must print after "Version "; the engine refuses any other. */
  readonly version: string;
}

export const compilers = [
  { id: "ts7", bin: "node_modules/typescript/bin/tsc", version: "7.0.2" },
  { id: "ts6", bin: "node_modules/ts6/bin/tsc", version: "6.0.3" },
] as const satisfies readonly Compiler[];

export type CompilerId = (typeof compilers)[number]["id"];

export function isCompilerId(id: string): id is CompilerId {
  return compilers.some((compiler) => compiler.id === id);
}
