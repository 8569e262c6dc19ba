// scenario: owned-host
// expect: compiles
// rust: compiles
// An owned host, a clone of a shared handle: what this form is for. Both languages take it: B is
// `SharedKit` whatever the borrow, and `SharedKit: BorrowMut<SharedKit>`.
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

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
