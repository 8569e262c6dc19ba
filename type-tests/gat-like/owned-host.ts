// scenario: owned-host
// expect: compiles
// rust: compiles
// An owned host needs a marker of its own, `Shared` with `Data<'a> = SharedKit`: one marker per
// projection, D7's cost. With it, both languages take a clone of the shared handle.
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { type HasData, http, sockets } from "../../designs/gat-like.ts";

class App {
  readonly shared = new SharedKit(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.shared.kit.table, (linker) => {
    sockets.addToLinker<App, Shared>(linker, (d) => d.shared.clone());
    http.addToLinker<App, Shared>(linker, (d) => d.shared.clone());
  });
}

/** The marker this getter needs: `struct Shared; impl HasData for Shared { type Data<'a> = SharedKit; }`. */
interface Shared extends HasData {
  readonly data: SharedKit;
}
