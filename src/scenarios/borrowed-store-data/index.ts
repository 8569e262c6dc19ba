import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const borrowedStoreData: Scenario = {
  id: "borrowed-store-data",
  intent: "link hosts for store data that borrows state the embedder owns (`App<'a> { kit: &'a mut KitData }`)",
  origin: "PR #10760 put `T: 'static` on Store<T> and Linker<T> in wasmtime 34; spinframework/spin#3172 met it",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
