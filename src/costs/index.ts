// Costs: what each design costs, measured. Host calls through its addToLinker against a direct
// import (runtime), and what TypeScript 7 spends checking its cells (type level); with the
// statistics and the machine description every figure is printed with. Used by `npm run bench`
// and under the matrix table.

export {
  CALLS,
  RUN_CALLS,
  designHostCalls,
  directImport,
  type DesignHostCall,
  type GuestLoop,
  hostCallCell,
  hostCallCost,
  type HostCallCost,
  hostCallGoals,
  hostCallScenarios,
  RUNTIME_LOOPS,
  type RuntimeLoop,
  timeSubjects,
} from "./host-call.ts";
export { describeMachine, machine, type Machine, measuringCpu, pinToCpu } from "./machine.ts";
export { designsOf, matrixCells } from "./cells.ts";
export { measuredOn } from "./machine.ts";
export { checkFiles, compiler, loadTypeScript, runNode, type Run } from "./program.ts";
export { hostCallTable, pinningText, spreadCells, table, thousands, typeCheckTable, verdict } from "./report.ts";
export { formatRatio, interleave, pairedRatio, spread, type Spread } from "./statistics.ts";
export { type CheckStatistics, parseExtendedDiagnostics, type TypeCheckCost, typeCheckCosts, typeCheckReference } from "./type-check.ts";
