// scenario: forwarding-impl-coherence
// expect: compiles
// The embedder's store data is a host of its own (it answers name lookups itself) and also a view,
// so the sockets library could lend its host over it. The getter says which host it lends: there
// is no impl selection, so nothing overlaps (E0119 in wasmtime #8382 has no counterpart here).

import { type IpNameLookupHost, KitData, linkBoth, type Linked, SocketsViewHost } from "accessor-kit";
import { http, lendHttpHost, sockets } from "./design.ts";

/** Store data that is its own sockets host, through the kit's host over itself. */
class ResolvingData extends KitData implements IpNameLookupHost {
  readonly #host = new SocketsViewHost(this);
  readonly resolveAddresses: IpNameLookupHost["resolveAddresses"] = (name) => this.#host.resolveAddresses(name);
  readonly resolveNextAddress: IpNameLookupHost["resolveNextAddress"] = (stream) => this.#host.resolveNextAddress(stream);
  readonly dropResolveAddressStream: IpNameLookupHost["dropResolveAddressStream"] = (stream) => this.#host.dropResolveAddressStream(stream);
}

export function link(): Linked<ResolvingData> {
  const data = new ResolvingData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => use(d));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}
