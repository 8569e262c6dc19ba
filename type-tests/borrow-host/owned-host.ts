// scenario: owned-host
// expect: error TS2345 at 18 "'(d: Borrow<App>) => SharedKit' is not assignable to"
// expect: error TS2345 at 19 "'(d: Borrow<App>) => SharedKit' is not assignable to"
// rust: error E0271
// An owned host (a clone of a shared handle) through `addToLinkerBorrowHost`: refused for the same
// reason as fresh-view, the closure is no field-ref closure (TS2345; Rust E0271). The seed comment's
// blanket impl covers borrows only.
import { KitData, linkBoth, type Linked, SharedKit } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-host.ts";

class App {
  readonly shared = new SharedKit(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.shared.kit.table, (linker) => {
    sockets.addToLinkerBorrowHost(linker, (d) => d.shared.clone());
    http.addToLinkerBorrowHost(linker, (d) => d.shared.clone());
  });
}
