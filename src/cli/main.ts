// The command line (temporary main job): runs the example guest end to end and prints what happened.

import {
  addInterfaceToLinker,
  guestString,
  HttpViewHost,
  ipNameLookup,
  KitData,
  Linker,
  loadGuest,
  outgoingHandler,
  SocketsViewHost,
  Store,
} from "../index.ts";

const linker = new Linker<KitData>();
addInterfaceToLinker(linker, ipNameLookup, (data) => new SocketsViewHost(data));
addInterfaceToLinker(linker, outgoingHandler, (data) => new HttpViewHost(data));
const store = new Store(new KitData());
const instance = linker.instantiate(store, await loadGuest("fetch"));
const status = instance.call("fetch", ...guestString(instance, "localhost"));
console.log(`fetch("localhost") = ${String(status)}`);
console.log(`http requests: ${store.data.http.requests}, live resources after the run: ${store.data.table.size}`);
