// Every scenario, in the order the matrix shows them.

import { borrowedStoreData } from "./borrowed-store-data/index.ts";
import { capturingGetter } from "./capturing-getter/index.ts";
import { capturingOwnedGetter } from "./capturing-owned-getter/index.ts";
import { fieldProjection } from "./field-projection/index.ts";
import { fnPointerGetter } from "./fn-pointer-getter/index.ts";
import { forwardingImplCoherence } from "./forwarding-impl-coherence/index.ts";
import { forwardingImplOptOut } from "./forwarding-impl-opt-out/index.ts";
import { freshView } from "./fresh-view/index.ts";
import { namedGetterType } from "./named-getter-type/index.ts";
import { noAnnotations } from "./no-annotations/index.ts";
import { oneFnGetterManyInterfaces } from "./one-fn-getter-many-interfaces/index.ts";
import { oneGetterManyInterfaces } from "./one-getter-many-interfaces/index.ts";
import { ownedHost } from "./owned-host/index.ts";
import type { Scenario } from "./scenario.ts";
import { sharedTable } from "./shared-table/index.ts";
import { thirdPartyHost } from "./third-party-host/index.ts";
import { typeErasedGetter } from "./type-erased-getter/index.ts";
import { worldAddToLinker } from "./world-add-to-linker/index.ts";

export const scenarios: readonly Scenario[] = [
  fieldProjection,
  borrowedStoreData,
  sharedTable,
  freshView,
  ownedHost,
  oneGetterManyInterfaces,
  oneFnGetterManyInterfaces,
  forwardingImplCoherence,
  forwardingImplOptOut,
  noAnnotations,
  capturingGetter,
  capturingOwnedGetter,
  thirdPartyHost,
  typeErasedGetter,
  fnPointerGetter,
  namedGetterType,
  worldAddToLinker,
];

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
