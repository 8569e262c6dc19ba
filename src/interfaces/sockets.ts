// example:sockets/ip-name-lookup, as bindgen would generate it: the Host trait a host implements,
// the interface described as data, and the interface's behaviour over a SocketsView (written once;
// each design wraps it in the host shape it wants).

import { Resource } from "../runtime/resource-table.ts";
import { ErrorCode, HostError } from "./error-code.ts";
import { type Interface, returnStatus, returnValue } from "./interface.ts";
import { ResolveAddressStream } from "./sockets-ctx.ts";
import type { SocketsView } from "./view.ts";

export interface IpNameLookupHost {
  resolveAddresses(name: string): Resource<ResolveAddressStream>;
  /** The next IPv4 address as a u32, 0 when done. */
  resolveNextAddress(stream: Resource<ResolveAddressStream>): number;
  dropResolveAddressStream(stream: Resource<ResolveAddressStream>): void;
}

const stream = (rep: number) => Resource.fromRep(rep, ResolveAddressStream);

export const ipNameLookup: Interface<IpNameLookupHost> = {
  name: "example:sockets/ip-name-lookup",
  functions: [
    {
      name: "resolve-addresses",
      params: ["i32", "i32", "i32"],
      results: [],
      bind: (host) => (caller, namePtr, nameLen, retPtr) =>
        returnValue(caller, retPtr, () => host(caller.data).resolveAddresses(caller.readString(namePtr, nameLen)).rep),
    },
    {
      name: "resolve-next-address",
      params: ["i32", "i32"],
      results: [],
      bind: (host) => (caller, rep, retPtr) =>
        returnValue(caller, retPtr, () => host(caller.data).resolveNextAddress(stream(rep))),
    },
    {
      name: "drop-resolve-address-stream",
      params: ["i32"],
      results: ["i32"],
      bind: (host) => (caller, rep) => returnStatus(() => host(caller.data).dropResolveAddressStream(stream(rep))),
    },
  ],
};

/** The sockets host over any SocketsView (wasmtime-wasi's `impl<T: WasiView> Host for T`). */
export class SocketsViewHost implements IpNameLookupHost {
  constructor(readonly view: SocketsView) {}

  resolveAddresses(name: string): Resource<ResolveAddressStream> {
    const addresses = this.view.sockets.names.get(name);
    if (addresses === undefined) throw new HostError(ErrorCode.nameUnresolvable, `cannot resolve "${name}"`);
    return this.view.table.push(new ResolveAddressStream(name, addresses));
  }

  resolveNextAddress(stream: Resource<ResolveAddressStream>): number {
    return this.view.table.get(stream).read();
  }

  dropResolveAddressStream(stream: Resource<ResolveAddressStream>): void {
    this.view.table.delete(stream);
  }
}
