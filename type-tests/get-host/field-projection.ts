// scenario: field-projection
// expect: compiles
// rust: compiles
// The store data keeps each interface's host in a field, and each getter returns its field.
// Rust: `sockets::add_to_linker(l, |d: &mut HostFields| &mut d.sockets_host)`, the wasmtime 20
// signature that wasmtime 21 kept as a wrapper over `add_to_linker_get_host`. `&mut SocketsHost` is a
// Host only through bindgen's forwarding impl `impl<_T: Host + ?Sized> Host for &mut _T`, and the
// wrapper's plain `Fn` bound lets the closure infer. Passing the same closure to
// `add_to_linker_get_host` directly needs `type_annotate` (see no-annotations).
// TypeScript: a field is already a reference to its host, so the forwarding impl is the getter's
// result used as the host, and one addToLinker serves both forms.

import { HostFields, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<HostFields> {
  const data = new HostFields();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.socketsHost);
    http.addToLinker(linker, (d) => d.httpHost);
  });
}
