import { type Scenario } from "../scenario.ts";
export declare const forwardingImplCoherence: Scenario;
