// addInterfaceToLinker(linker, iface, hostAccess): the host access gets the linker's store data and
// must return the Host of the interface being linked; a host for another interface is rejected.
// (expectError accepts any of tsd's 44 listed codes; the code TypeScript reports is in each comment.)

import { expectAssignable, expectError, expectType } from "tsd";
import {
  addInterfaceToLinker,
  type HostAccess,
  HttpViewHost,
  type IpNameLookupHost,
  ipNameLookup,
  KitData,
  Linker,
  outgoingHandler,
  type SocketsView,
  SocketsViewHost,
} from "accessor-kit";

const linker = new Linker<KitData>();

// the right Host for each interface, the data parameter typed from the linker without annotation
addInterfaceToLinker(linker, ipNameLookup, (data) => {
  expectType<KitData>(data);
  return new SocketsViewHost(data);
});
addInterfaceToLinker(linker, outgoingHandler, (data) => new HttpViewHost(data));

// any value with the Host's methods will do (Host traits are structural); so will a named access
expectAssignable<HostAccess<KitData, IpNameLookupHost>>((data: SocketsView) => new SocketsViewHost(data));
const sockets: HostAccess<KitData, IpNameLookupHost> = (data) => new SocketsViewHost(data);
addInterfaceToLinker(linker, ipNameLookup, sockets);

// the http host for the sockets interface, and the reverse, are rejected: H is fixed by the
// interface, so the error is TS2739 on the arrow body ("missing the following properties")
expectError(addInterfaceToLinker(linker, ipNameLookup, (data) => new HttpViewHost(data)));
expectError(addInterfaceToLinker(linker, outgoingHandler, (data) => new SocketsViewHost(data)));

// so is a host access written for store data this linker does not have (TS2345 on the linker)
expectError(addInterfaceToLinker(linker, ipNameLookup, (data: { readonly dns: SocketsView }) => new SocketsViewHost(data.dns)));
