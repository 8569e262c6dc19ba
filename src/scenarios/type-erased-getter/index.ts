import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const typeErasedGetter: Scenario = {
  id: "type-erased-getter",
  intent: "keep both interfaces' getters in one record as boxed closures and link them later",
  origin: "PR #10770: GetHost values \"couldn't be type-erased\" (a `dyn GetHost` is E0191, then E0038: findings/get-host-not-dyn-compatible)",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
