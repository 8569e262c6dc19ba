// scenario: owned-host
// expect: compiles
// rust: compiles
// An owned host needs a marker of its own, `Shared` with `Data<'a> = SharedKit`, and under D8 its
// HostWithStore too: `await-status` written again as the marker's function, over the accessor, and
// handed to bindgen (TypeScript's impls are values). With both, both languages take a clone of the
// shared handle.
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { bindgen, type HasData, hostWithStore, libraries, wasiHttpWithStore } from "../../designs/host-with-store.ts";

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

/** Its `impl http::HostWithStore for Shared`: the async function written again, over the accessor. */
const sharedWithStore = hostWithStore<Shared>("impl http::HostWithStore for Shared", (view) => view instanceof SharedKit, {
  awaitStatus: async (accessor, response) => accessor.with((access) => access.get().kit.table.get(response).status),
});

const { sockets, http } = bindgen({ impls: libraries, withStore: [wasiHttpWithStore, sharedWithStore] });
