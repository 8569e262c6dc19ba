import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const fnPointerGetter: Scenario = {
  id: "fn-pointer-getter",
  intent: "keep both interfaces' getters in one record as fn pointers and link them later",
  origin: "PR #10770: a fn pointer is a concrete getter type; TypeScript's function types are erased either way",
  tsAttempt: "type-erased-getter",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
