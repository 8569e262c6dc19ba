import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const forwardingImplCoherence: Scenario = {
  id: "forwarding-impl-coherence",
  intent: "keep a library's blanket host over every view beside the bindings as the design generates them",
  origin: "wasmtime #8382 / PR #8448: E0119 between impl<T: WasiView> Host for T and impl Host for &mut _T",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
