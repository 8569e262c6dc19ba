// Package b (types only): "any Host, forwarded", like bindgen's `impl<T: Host> Host for &mut T`.
import type { IpNameLookupHost } from "accessor-kit";

export interface ForwardingImpls {
  "example:sockets/ip-name-lookup": IpNameLookupHost;
}

declare module "./kit-registry.js" {
  interface HostImpls extends ForwardingImpls {}
}
