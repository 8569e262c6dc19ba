import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const freshView: Scenario = {
  id: "fresh-view",
  intent: "return a new view struct built from two fields of the store data on every call",
  origin: "wasmtime #8382 (return non-ref types such as views); PR #8448 made such views possible",
  check: (linked) => fetchThroughBothInterfaces(linked, 3),
};
