import { fetchThroughBothInterfaces, type Scenario } from "./scenario.ts";

export const capturingGetter: Scenario = {
  id: "capturing-getter",
  intent: "use a getter that captures a local value",
  origin: "PR #10770: fn pointers cannot capture (E0308), where D1/D3 closures could",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
