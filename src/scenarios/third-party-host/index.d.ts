import { HttpViewHost } from "../../interfaces/http.ts";
import type { FutureIncomingResponse } from "../../interfaces/http-ctx.ts";
import type { ResolveAddressStream } from "../../interfaces/sockets-ctx.ts";
import type { HttpView } from "../../interfaces/view.ts";
import type { Resource } from "../../runtime/resource-table.ts";
import { type Scenario } from "../scenario.ts";
/**
 * A third party's http host (Rust: rust/common/audited_http.rs): it records every authority a
 * request is sent to, around the host over the view it wraps. It owns no store type; an embedder
 * keeps one in a field of its store data.
 */
export declare class AuditedHttp<V extends HttpView> extends HttpViewHost {
    readonly view: V;
    readonly authorities: string[];
    constructor(view: V);
    handle(authority: string, via: Resource<ResolveAddressStream>): Resource<FutureIncomingResponse>;
}
export declare const thirdPartyHost: Scenario;
