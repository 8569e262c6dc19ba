// scenario: third-party-host
// expect: compiles
// rust: error nocode
// A third party's host kept in a field, lent by field borrows: TypeScript takes both. In Rust, B (`&'a mut KitData`) would have to be one type for every borrow of the store data,
// chosen outside it, so the closure's result outlives its parameter ("lifetime may not live long
// enough", no code).
import { AuditedHttp, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/borrow-mut.ts";

class App {
  readonly audited = new AuditedHttp(new KitData());
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.audited.view.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.audited.view);
    http.addToLinker(linker, (d) => d.audited);
  });
}
