import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const forwardingImplOptOut: Scenario = {
  id: "forwarding-impl-opt-out",
  intent: "keep a library's blanket host over every view by generating the bindings with skip_mut_forwarding_impls",
  origin: "PR #8448's opt-out, which wasmtime-wasi and wasmtime-wasi-http 21 set (crates/wasi/src/bindings.rs at v21.0.0)",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
