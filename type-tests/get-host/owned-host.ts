// scenario: owned-host
// expect: compiles
// rust: compiles
// An owned host, a clone of a shared handle: any Host is a getter's output, so both languages take
// it. Its parameter annotated, the Rust closure needs no helper (its result borrows nothing).
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

class App {
  readonly shared = new SharedKit(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.shared.kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.shared.clone());
    http.addToLinkerGetHost(linker, (d) => d.shared.clone());
  });
}
