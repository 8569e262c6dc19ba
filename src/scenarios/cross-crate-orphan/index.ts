import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const crossCrateOrphan: Scenario = {
  id: "cross-crate-orphan",
  intent:
    "link the library's hosts for store data another package defines, from a third package (the embedder) that owns neither the views nor the store data",
  origin:
    "wasmtime #11693 / #11695 (the `WasiHttp` marker made public because `T` \"might be defined in a different crate\"); the orphan rule, E0117",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
