import { SocketsCtx } from "../interfaces/sockets-ctx.ts";
import { KitData } from "../interfaces/view.ts";
import { fetchThroughBothInterfaces, type Scenario } from "./scenario.ts";

/** Store data with one name table per region: the getter picks the region it captured when linking. */
export class RegionalData extends KitData {
  readonly regions = { eu: new SocketsCtx(), us: new SocketsCtx({ localhost: ["127.0.0.2"] }) };
}

export const capturingGetter: Scenario = {
  id: "capturing-getter",
  intent: "use a getter that captures a local value",
  origin: "PR #10770: fn pointers cannot capture (E0308), where D1/D3 closures could",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
