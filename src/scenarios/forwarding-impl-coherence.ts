import { SocketsViewHost } from "../interfaces/sockets.ts";
import { KitData } from "../interfaces/view.ts";
import { fetchThroughBothInterfaces, type Scenario } from "./scenario.ts";

/** KitData that also keeps its sockets host in a field. */
export class HostingData extends KitData {
  readonly socketsHost = new SocketsViewHost(this);
}

export const forwardingImplCoherence: Scenario = {
  id: "forwarding-impl-coherence",
  intent: "keep a library's blanket host over every view beside the bindings' forwarding host for a reference",
  origin: "wasmtime #8382 / PR #8448: E0119 between impl<T: WasiView> Host for T and impl Host for &mut T",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
