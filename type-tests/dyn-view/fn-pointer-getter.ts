// scenario: fn-pointer-getter
// expect: compiles
// rust: compiles
// The same record in TypeScript. Rust's `fn(&mut KitData) -> &mut dyn SocketsView` pointers are a
// GetHost, the forwarding impl's `?Sized` making `&mut dyn SocketsView` a Host.
import { type HttpView, KitData, linkBoth, type Linked, type SocketsView } from "accessor-kit";
import { http, sockets } from "../../designs/dyn-view.ts";

interface Getters {
  readonly sockets: (d: KitData) => SocketsView;
  readonly http: (d: KitData) => HttpView;
}

const getters: Getters = { sockets: (d) => d, http: (d) => d };

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, getters.sockets);
    http.addToLinkerGetHost(linker, getters.http);
  });
}
