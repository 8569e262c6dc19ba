// example:http/outgoing-handler, as bindgen would generate it. `handle` consumes a stream minted by
// the sockets interface, so its host needs the same ResourceTable (the case of wasmtime #8382).
// `await-status` is an async function (WIT `async func`): the guest imports it `[async-lower]`, and
// its host waits for the response to arrive before answering its status.

import type { Accessor } from "../runtime/accessor.ts";
import { Resource } from "../runtime/resource-table.ts";
import { FutureIncomingResponse } from "./http-ctx.ts";
import { type HostWithStoreKind, type Interface, returnStatus, returnValue, settle, writeOutcome } from "./interface.ts";
import { ResolveAddressStream } from "./sockets-ctx.ts";
import type { HttpView } from "./view.ts";

export interface OutgoingHandlerHost {
  /** Sends a request to `authority` through the first address of `via`, a sockets stream. */
  handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse>;
  futureStatus(response: Resource<FutureIncomingResponse>): number;
  dropFutureIncomingResponse(response: Resource<FutureIncomingResponse>): void;
  /**
   * `await-status`: the status, once the response has arrived. Optional, as a trait method with a
   * default body: a host without it answers `futureStatus` after one turn of the event loop.
   */
  awaitStatus?(response: Resource<FutureIncomingResponse>): Promise<number>;
}

/**
 * The interface's async functions over a view V, each reaching the store only through the accessor
 * (bindgen's `trait HostWithStore`, whose functions take `&Accessor<T, Self>`, wasmtime 36 on).
 */
export interface OutgoingHandlerHostWithStore<V> {
  // a function-typed property, not a method, so that its accessor parameter is checked contravariantly
  readonly awaitStatus: <T>(accessor: Accessor<T, V>, response: Resource<FutureIncomingResponse>) => Promise<number>;
}

/** OutgoingHandlerHostWithStore as a HostWithStoreKind, for `addInterfaceToLinkerConcurrent`. */
export interface OutgoingHandlerWithStore extends HostWithStoreKind {
  readonly functions: OutgoingHandlerHostWithStore<this["view"]>;
}

const response = (rep: number) => Resource.fromRep(rep, FutureIncomingResponse);

async function defaultAwaitStatus(host: OutgoingHandlerHost, future: Resource<FutureIncomingResponse>): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  return host.futureStatus(future);
}

export const outgoingHandler: Interface<OutgoingHandlerHost, OutgoingHandlerWithStore> = {
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
    {
      name: "await-status",
      params: ["i32", "i32"],
      results: [],
      async: true,
      bind: (host) => async (caller, rep, retPtr) => {
        const held = host(caller.data);
        const future = response(rep);
        writeOutcome(caller, retPtr, await settle(() => held.awaitStatus?.(future) ?? defaultAwaitStatus(held, future)));
      },
      bindConcurrent: (hostWithStore, getter) => async (accessor, rep, retPtr) => {
        const outcome = await settle(() => hostWithStore.awaitStatus(accessor.withGetter(getter), response(rep)));
        accessor.with((access) => writeOutcome(access.caller, retPtr, outcome));
      },
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

  /** Waits for the response through the view this host holds across the await. */
  async awaitStatus(response: Resource<FutureIncomingResponse>): Promise<number> {
    const arrival = responseArrival(this.view, response);
    try {
      await arrival;
    } finally {
      this.view.http.awaiting--;
    }
    return this.view.table.get(response).status;
  }
}

/** Counts an `await-status` as waiting (the caller counts it out) and resolves when its response arrives. */
function responseArrival(view: HttpView, response: Resource<FutureIncomingResponse>): Promise<void> {
  const future = view.table.get(response);
  view.http.awaiting++;
  return view.http.arrival(future);
}

/**
 * The http interface's async functions over an HttpViewHost, each taking the store only inside
 * `accessor.with` and holding nothing of it across the await (wasmtime-wasi-http's p3
 * `impl HostWithStore for WasiHttp`).
 */
export const httpViewHostWithStore: OutgoingHandlerHostWithStore<HttpViewHost> = {
  async awaitStatus(accessor, response) {
    const arrival = accessor.with((access) => responseArrival(access.get().view, response));
    try {
      await arrival;
    } finally {
      accessor.with((access) => access.get().view.http.awaiting--);
    }
    return accessor.with((access) => access.get().futureStatus(response));
  },
};
