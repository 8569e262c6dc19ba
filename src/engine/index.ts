// The engine's API, for the CLI and the tests (not part of the package root): evaluate cells with
// every configured compiler and run the compiling ones; the pieces it is built from for callers
// that need one step (read one proposal folder, parse one header, judge given diagnostics).

export { FINDINGS, findCells, readCellFolder, readScenarioCell, supportModules, type CellSelection, type FoundCells } from "./cells.ts";
export { compilers, isCompilerId, type Compiler } from "./compilers.ts";
export { CellFormatError, displayPath, EngineError, errorLine, firstLine } from "./errors.ts";
export { evaluate, type EvaluateOptions } from "./evaluate.ts";
export { parseHeader, type HeaderSubject, type ParsedHeader } from "./header.ts";
export { expectationsFor, judge } from "./judge.ts";
export { runCell } from "./runtime.ts";
export { kitRoot, parseTscOutput, verifyCompiler, writeProgramConfig, type Program } from "./tsc.ts";
export type * from "./types.ts";
