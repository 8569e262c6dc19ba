// Published package a (types only): registers its resolver as the sockets Host.
import type { IpNameLookupHost } from "accessor-kit";

export interface CachingResolver extends IpNameLookupHost {
  readonly cacheSize: number;
}

declare module "../host-registry.lib.ts" {
  interface HostImpls {
    "example:sockets/ip-name-lookup": CachingResolver;
  }
}
