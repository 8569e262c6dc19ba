// scenario: fn-pointer-getter
// expect: compiles
// rust: compiles
// The same record as type-erased-getter: to TypeScript a boxed closure and a `fn` pointer are one
// function type. The Rust twin keeps `fn(&mut KitData) -> &mut KitData` pointers, which are Copy,
// Send, Sync and 'static, so D1's bound takes them.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { type Borrow, http, sockets } from "../../designs/field-ref.ts";

interface Getters {
  readonly sockets: (d: Borrow<KitData>) => Borrow<KitData>;
  readonly http: (d: Borrow<KitData>) => Borrow<KitData>;
}

const getters: Getters = { sockets: (d) => d, http: (d) => d };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
