// scenario: type-erased-getter
// expect: compiles
// rust: error E0277
// Both getters go into one record typed by what they provide, `FieldGetter<App, IpNameLookupHost>`
// and `FieldGetter<App, OutgoingHandlerHost>`, and are linked later. A TypeScript function type is
// already erased: the record's types say only "borrows some host", and each addToLinker infers U as
// the Host interface. The Rust twin keeps them as
// `Box<dyn (Fn(&mut AppData) -> &mut dyn sockets::Host) + Send + Sync>` (and the http one): D1's
// bound wants the getter `Copy` and U `Sized`, so passing them is E0277 twice over. A `fn` pointer
// to a concrete host would be Copy and compile, but it erases only the closure, not the host.
import { type IpNameLookupHost, linkBoth, type Linked, type OutgoingHandlerHost } from "accessor-kit";
import { field, type FieldGetter, http, sockets, ViewHosts } from "../../designs/field-ref.ts";

class App {
  readonly kit = new ViewHosts();
}

interface Getters {
  readonly sockets: FieldGetter<App, IpNameLookupHost>;
  readonly http: FieldGetter<App, OutgoingHandlerHost>;
}

const getters: Getters = { sockets: (d) => field(d, "kit"), http: (d) => field(d, "kit") };

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, getters.sockets);
    http.addToLinker(linker, getters.http);
  });
}
