import { streamCrossesInterfaces, type Scenario } from "../scenario.ts";

export const sharedTable: Scenario = {
  id: "shared-table",
  intent: "link the store data itself as the host of both interfaces, so they share its one resource table",
  origin: "wasmtime #8382: WasiView::table shared with WasiHttpView::table; `|t| t` with wasmtime-wasi <= 20",
  check: (linked) => streamCrossesInterfaces(linked),
};
