import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const fieldProjection: Scenario = {
  id: "field-projection",
  intent: "link both interfaces with a getter that returns a field of the store data holding the libraries' state",
  origin: "wasmtime <= 20: get: impl Fn(&mut T) -> &mut U, the getter of #8382's description",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
