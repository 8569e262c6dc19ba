// Published package b (types only): registers a different resolver for the same key.
import type { IpNameLookupHost } from "accessor-kit";

export interface FixedListResolver extends IpNameLookupHost {
  readonly names: ReadonlyMap<string, number>;
}

declare module "../host-registry.lib.ts" {
  interface HostImpls {
    "example:sockets/ip-name-lookup": FixedListResolver;
  }
}
