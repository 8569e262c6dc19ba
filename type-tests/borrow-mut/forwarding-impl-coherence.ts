// scenario: forwarding-impl-coherence
// expect: compiles
// rust: error nocode
// No forwarding impls, so the blanket hosts overlap nothing; TypeScript takes the bindings. The
// getter `d => d` is the shared-table attempt: In Rust, B (`&'a mut KitData`) would have to be one type for every borrow of the store data,
// chosen outside it, so the closure's result outlives its parameter ("lifetime may not live long
// enough", no code).
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/borrow-mut.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
