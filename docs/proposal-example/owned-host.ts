// scenario: owned-host
// expect: compiles
// An owned host, a clone of the shared handle, lent as it is.
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { http, sockets } from "./design.ts";

class App {
  readonly shared = new SharedKit(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.shared.kit.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => use(d.shared.clone()));
    http.addToLinker(linker, (d, use) => use(d.shared.clone()));
  });
}
