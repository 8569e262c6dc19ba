import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const capturingOwnedGetter: Scenario = {
  id: "capturing-owned-getter",
  intent: "use a getter that captures an owned value that is not Copy (a tenant's name as a `String`)",
  origin: "wasmtime <= 33: the getter bound `Fn(..) + Send + Sync + Copy + 'static` refuses a closure owning a String (E0277)",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
