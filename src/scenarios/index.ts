// Every scenario, in the order the matrix shows them.

import { capturingGetter } from "./capturing-getter.ts";
import { fieldProjection } from "./field-projection.ts";
import { forwardingImplCoherence } from "./forwarding-impl-coherence.ts";
import { freshView } from "./fresh-view.ts";
import { noAnnotations } from "./no-annotations.ts";
import { oneGetterManyInterfaces } from "./one-getter-many-interfaces.ts";
import type { Scenario } from "./scenario.ts";
import { sharedTable } from "./shared-table.ts";
import { thirdPartyHost } from "./third-party-host.ts";
import { typeErasedGetter } from "./type-erased-getter.ts";

export const scenarios: readonly Scenario[] = [
  fieldProjection,
  sharedTable,
  freshView,
  oneGetterManyInterfaces,
  forwardingImplCoherence,
  noAnnotations,
  capturingGetter,
  thirdPartyHost,
  typeErasedGetter,
];

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
