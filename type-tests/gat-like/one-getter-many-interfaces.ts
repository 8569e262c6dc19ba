// scenario: one-getter-many-interfaces
// expect: error TS2345 at 24 "Type 'KitData' is missing the following properties from type 'IpNameLookupHost'"
// expect: error TS2345 at 25 "Type 'KitData' is missing the following properties from type 'OutgoingHandlerHost'"
// rust: error E0277
// The user declares one getter that returns the store data and passes it to both interfaces with
// `HasSelf<KitData>`, D7's `add_to_linker::<_, HasSelf<_>>(l, |s| s)`.
// Rust: `fn get(d: &mut KitData) -> &mut KitData { d }` for both calls needs `&mut KitData: Host`
// for each interface. The libraries' hosts sit on their own views behind their markers (WasiSockets,
// WasiHttp), and KitData only implements the View traits, so both calls are E0277. One fn pointer
// serves many interfaces only when the store data implements every Host itself.
// TypeScript agrees: D's view must be a host (NamedView<D, T> & Host), and KitData is only a view.
// TS2345 names the missing host methods.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { type HasSelf, http, sockets } from "../../designs/gat-like.ts";

const getData = (d: KitData) => d;
expectTypeOf(getData).returns.toEqualTypeOf<KitData>();

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker<KitData, HasSelf<KitData>>(linker, getData);
    http.addToLinker<KitData, HasSelf<KitData>>(linker, getData);
  });
}
