// scenario: owned-host
// rust: compiles
// (prose)
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
