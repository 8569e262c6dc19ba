// The engine's API, for the CLI and the tests (not part of the package root): evaluate cells with
// every configured compiler and run the compiling ones; the pieces it is built from for callers
// that need one step (read one proposal folder, parse one header, judge given diagnostics).

export { compilersAheadFor, startCompilersAhead } from "./ahead.ts";
export { compiledCodeFolder } from "./code-cache.ts";
export { cachingEnabled, newRound, pruneCache, resultCache, resumeCompilerState, setCaching, type ResultCache } from "./cache.ts";
export { acceptObserved, fragmentOf, type Observed } from "./accept.ts";
export { FINDINGS, findCells, readCellFolder, readScenarioCell, supportModules, type CellSelection, type FoundCells, type OwnScenarios } from "./cells.ts";
export { compilerProblem, compilers, installSpec, isCompilerId, locateCompiler, type Compiler, type LocatedCompiler } from "./compilers.ts";
export { CellFormatError, displayPath, EngineError, errorLine, firstLine, userPath, workingDirectory } from "./errors.ts";
export { evaluate, programsFor, type EvaluateOptions, type IsolatedFolder, type ProgramOfCells } from "./evaluate.ts";
export { confinedProcess, DEFAULT_LIMITS, refuseProcesses, STARTUP_MS, type RunLimits } from "./confinement.ts";
export { inPool, loadIsolatedModuleCached, type KeptModuleLoad, type ModuleLoad } from "./isolation.ts";
export type { ScenarioInfo } from "./cell-process.ts";
export { parseHeader, suppressionError, type HeaderSubject, type ParsedHeader } from "./header.ts";
export { expectationsFor, judge } from "./judge.ts";
export { enableCellImports, kitNodeOptions } from "./loading.ts";
export { runCell, runtimeInputs } from "./runtime.ts";
export { fromSources, kitModule, kitRoot, kitTypes, kitVersion, siblingModule } from "./package.ts";
export { cacheFolder, removeScratch, scratchFolder, scratchSubfolder, setCacheFolder } from "./scratch.ts";
export { keepCompilersWarm, parseTscOutput, stopCompilerServices, writeProgramConfig, type Program, type ProgramCheck } from "./tsc.ts";
export type * from "./types.ts";
