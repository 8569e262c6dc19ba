// lent-host-kept, a scenario of lend-host's own: its main risk. A host lent for one call is kept
// past it. In Rust the borrow the callback is given cannot escape it; in TypeScript nothing ties the
// host to the call, so the cell compiles and the kept host stays usable after the guest's call.
import { fetchThroughBothInterfaces, type Scenario } from "accessor-kit";

export const lentHostKept: Scenario = {
  id: "lent-host-kept",
  intent: "keep the host a getter lends past the call it was lent for",
  origin: "lend-host's own risk: nothing in TypeScript ends the loan when the callback returns",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
