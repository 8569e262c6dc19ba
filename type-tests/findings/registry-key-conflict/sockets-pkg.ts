// Package a: registers the kit's view-based hosts for both interfaces.

import type { HttpViewHost, SocketsViewHost } from "accessor-kit";

declare module "../host-registry.lib.ts" {
  interface HostImpls {
    "example:sockets/ip-name-lookup": SocketsViewHost;
    "example:http/outgoing-handler": HttpViewHost;
  }
}
