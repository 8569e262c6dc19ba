// example:http/outgoing-handler, as bindgen would generate it. `handle` consumes a stream minted by
// the sockets interface, so its host needs the same ResourceTable (the case of wasmtime #8382).

import { Resource } from "../runtime/resource-table.ts";
import { FutureIncomingResponse } from "./http-ctx.ts";
import { type Interface, returnStatus, returnValue } from "./interface.ts";
import { ResolveAddressStream } from "./sockets-ctx.ts";
import type { HttpView } from "./view.ts";

export interface OutgoingHandlerHost {
  /** Sends a request to `authority` through the first address of `via`, a sockets stream. */
  handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse>;
  futureStatus(response: Resource<FutureIncomingResponse>): number;
  dropFutureIncomingResponse(response: Resource<FutureIncomingResponse>): void;
}

const response = (rep: number) => Resource.fromRep(rep, FutureIncomingResponse);

export const outgoingHandler: Interface<OutgoingHandlerHost> = {
  name: "example:http/outgoing-handler",
  functions: [
    {
      name: "handle",
      params: ["i32", "i32", "i32", "i32"],
      results: [],
      bind: (host) => (caller, authorityPtr, authorityLen, via, retPtr) =>
        returnValue(
          caller,
          retPtr,
          () =>
            host(caller.data).handle(
              caller.readString(authorityPtr, authorityLen),
              Resource.fromRep(via, ResolveAddressStream),
            ).rep,
        ),
    },
    {
      name: "future-status",
      params: ["i32", "i32"],
      results: [],
      bind: (host) => (caller, rep, retPtr) => returnValue(caller, retPtr, () => host(caller.data).futureStatus(response(rep))),
    },
    {
      name: "drop-future-incoming-response",
      params: ["i32"],
      results: ["i32"],
      bind: (host) => (caller, rep) => returnStatus(() => host(caller.data).dropFutureIncomingResponse(response(rep))),
    },
  ],
};

/** The http host over any HttpView (wasmtime-wasi-http's `impl<T: WasiHttpView> Host for T`). */
export class HttpViewHost implements OutgoingHandlerHost {
  constructor(readonly view: HttpView) {}

  handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse> {
    const address = this.view.table.get(via).addresses[0] ?? 0;
    this.view.http.requests++;
    return this.view.table.pushChild(new FutureIncomingResponse(authority, address, this.view.http.status), via);
  }

  futureStatus(response: Resource<FutureIncomingResponse>): number {
    return this.view.table.get(response).status;
  }

  dropFutureIncomingResponse(response: Resource<FutureIncomingResponse>): void {
    this.view.table.delete(response);
  }
}
