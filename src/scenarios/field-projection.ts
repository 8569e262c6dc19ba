import { HttpViewHost } from "../interfaces/http.ts";
import { SocketsViewHost } from "../interfaces/sockets.ts";
import { KitData } from "../interfaces/view.ts";
import { fetchThroughBothInterfaces, type Scenario } from "./scenario.ts";

/** Store data that keeps each interface's host in a field, both over one KitData. */
export class HostFields {
  readonly kit = new KitData();
  readonly socketsHost = new SocketsViewHost(this.kit);
  readonly httpHost = new HttpViewHost(this.kit);
}

export const fieldProjection: Scenario = {
  id: "field-projection",
  intent: "link both interfaces with a getter that returns one field of the store data",
  origin: "wasmtime <= 20: get: impl Fn(&mut T) -> &mut U, the getter of #8382's description",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
