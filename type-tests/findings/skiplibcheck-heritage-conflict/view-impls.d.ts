// Package a (types only): "every view's host", like wasmtime-wasi's `impl<T: WasiView> Host for T`.
import type { SocketsViewHost } from "accessor-kit";

export interface ViewImpls {
  "example:sockets/ip-name-lookup": SocketsViewHost;
}

declare module "./kit-registry.js" {
  interface HostImpls extends ViewImpls {}
}
