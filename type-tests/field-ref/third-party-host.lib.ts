// A third party's http host (a support module, not a cell): it records every authority a request
// is sent to, around the kit's host over the view it wraps. It owns no store type: an embedder
// keeps one in a field of its store data, wrapped around the state it serves.
import type { FutureIncomingResponse, HttpView, Resource, ResolveAddressStream } from "accessor-kit";
import { HttpViewHost } from "accessor-kit";

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
