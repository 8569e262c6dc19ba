import { HttpViewHost, type OutgoingHandlerHost } from "../../interfaces/http.ts";
import type { FutureIncomingResponse } from "../../interfaces/http-ctx.ts";
import type { ResolveAddressStream } from "../../interfaces/sockets-ctx.ts";
import { type IpNameLookupHost, SocketsViewHost } from "../../interfaces/sockets.ts";
import type { KitData } from "../../interfaces/view.ts";
import type { Resource } from "../../runtime/resource-table.ts";
import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

/**
 * An embedder's own host that owns its state through a shared handle (Rust: `kit::SharedKit`, an
 * `Arc<Mutex<KitData>>`), so a getter may return a fresh handle by value; every handle reaches the
 * same KitData. It is no view, so no library's impl covers it: it is a host of its own.
 */
export class SharedKit implements IpNameLookupHost, OutgoingHandlerHost {
  readonly #sockets: SocketsViewHost;
  readonly #http: HttpViewHost;

  constructor(readonly kit: KitData) {
    this.#sockets = new SocketsViewHost(kit);
    this.#http = new HttpViewHost(kit);
  }

  /** `Arc::clone`: another handle to the same state. */
  clone(): SharedKit {
    return new SharedKit(this.kit);
  }

  resolveAddresses(name: string): Resource<ResolveAddressStream> {
    return this.#sockets.resolveAddresses(name);
  }

  resolveNextAddress(stream: Resource<ResolveAddressStream>): number {
    return this.#sockets.resolveNextAddress(stream);
  }

  dropResolveAddressStream(stream: Resource<ResolveAddressStream>): void {
    this.#sockets.dropResolveAddressStream(stream);
  }

  handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse> {
    return this.#http.handle(authority, via);
  }

  futureStatus(response: Resource<FutureIncomingResponse>): number {
    return this.#http.futureStatus(response);
  }

  dropFutureIncomingResponse(response: Resource<FutureIncomingResponse>): void {
    this.#http.dropFutureIncomingResponse(response);
  }
}

export const ownedHost: Scenario = {
  id: "owned-host",
  intent: "return an owned host by value: a clone of a shared handle the store data keeps",
  origin: "wasmtime #8382's description (\"return non-ref types\", `AsMut<U>`); owned state behind `Arc<Mutex<_>>`",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
