// scenario: type-erased-getter
// expect: compiles
// rust: error E0191
// Both getters go into one tuple typed by the view each hands out, `ViewGetter<KitData,
// SocketsView>` and `ViewGetter<KitData, HttpView>`, and are linked later. A TypeScript function
// type is erased already. The Rust twin erases them as the design's own getter trait,
// `Box<dyn for<'a> GetHost<&'a mut KitData, Host = &'a mut dyn SocketsView>>`, and rustc stops at
// E0191 (the `Output` of GetHost's `FnOnce` supertrait must be named); naming it leads to E0038
// (GetHost's `Copy` supertrait makes it not dyn compatible). This is #10770's "GetHost values
// couldn't be type-erased", which D5 inherits from the bindings it uses.
import { type HttpView, KitData, linkBoth, type Linked, type SocketsView } from "accessor-kit";
import { http, sockets, type ViewGetter } from "../../designs/dyn-view.ts";

const getters: [ViewGetter<KitData, SocketsView>, ViewGetter<KitData, HttpView>] = [(d) => d, (d) => d];

export function link(): Linked<KitData> {
  const [socketsView, httpView] = getters;
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, socketsView);
    http.addToLinker(linker, httpView);
  });
}
