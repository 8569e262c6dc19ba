import { HttpViewHost } from "../../interfaces/http.ts";
import type { FutureIncomingResponse } from "../../interfaces/http-ctx.ts";
import type { ResolveAddressStream } from "../../interfaces/sockets-ctx.ts";
import type { HttpView } from "../../interfaces/view.ts";
import type { Resource } from "../../runtime/resource-table.ts";
import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

/**
 * A third party's http host (Rust: rust/common/audited_http.rs): it records every authority a
 * request is sent to, around the host over the view it wraps. It owns no store type; an embedder
 * keeps one in a field of its store data.
 */
export class AuditedHttp<V extends HttpView> extends HttpViewHost {
  readonly authorities: string[] = [];

  constructor(override readonly view: V) {
    super(view);
  }

  override handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse> {
    this.authorities.push(authority);
    return super.handle(authority, via);
  }
}

export const thirdPartyHost: Scenario = {
  id: "third-party-host",
  intent: "link a host written in another module, kept in a field around the state it serves, beside the libraries' host of that state",
  origin: "wasmtime #8845 (hosts wrapping a context that is not the store type); #11693 / #11695 for the markers this needs under D7",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
