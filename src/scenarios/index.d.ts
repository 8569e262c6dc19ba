import type { Scenario } from "./scenario.ts";
export declare const scenarios: readonly Scenario[];
export declare function scenarioById(id: string): Scenario | undefined;
