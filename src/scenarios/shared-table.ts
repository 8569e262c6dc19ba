import { streamCrossesInterfaces, type Scenario } from "./scenario.ts";

export const sharedTable: Scenario = {
  id: "shared-table",
  intent: "compose two hosts that share one resource table while each keeps its own ctx",
  origin: "wasmtime #8382: WasiView::table shared with WasiHttpView::table; D1 cannot compose (E0308/E0515)",
  check: (linked) => streamCrossesInterfaces(linked),
};
