import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const capturingGetter: Scenario = {
  id: "capturing-getter",
  intent: "use a getter that captures a Copy value (a tenant's name as a `&'static str`)",
  origin: "PR #10770: fn pointers cannot capture (E0308), where the `Copy` closures of D1 and D3 could",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
