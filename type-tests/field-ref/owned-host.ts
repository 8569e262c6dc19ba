// scenario: owned-host
// expect: error TS2322 at 17 "'SharedKit' is not assignable to type"
// expect: error TS2322 at 18 "'SharedKit' is not assignable to type"
// rust: error E0308
// An owned host, a clone of a shared handle the store data keeps: a value, not a borrow of the store
// data, so refused as a fresh view is (TS2322 against `Borrow<U>`; Rust E0308, expected `&mut U`).
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
