// scenario: owned-host
// expect: compiles
// rust: compiles
// An owned host: PR #8448's bindings take any Host, so both languages take a clone of the shared handle.
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { http, sockets } from "../../designs/wasi-impl.ts";

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
