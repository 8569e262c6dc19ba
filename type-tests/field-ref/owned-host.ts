// scenario: owned-host
// rust: compiles
// (prose)
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

class App {
  readonly shared = new SharedKit(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.shared.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.shared.clone());
    http.addToLinker(linker, (d) => d.shared.clone());
  });
}
