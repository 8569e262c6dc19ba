import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const typeErasedGetter: Scenario = {
  id: "type-erased-getter",
  intent: "keep both interfaces' getters in one record as boxed closures and link them later",
  origin: "PR #10770: GetHost values could not be type-erased (E0191, E0038)",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
