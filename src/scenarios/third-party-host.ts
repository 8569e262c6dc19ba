import { fetchThroughBothInterfaces, type Scenario } from "./scenario.ts";

export const thirdPartyHost: Scenario = {
  id: "third-party-host",
  intent: "link a host written in another module for a store type that module does not own",
  origin: "wasmtime #11693 / #11695: make the WasiHttp HasData marker public",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
