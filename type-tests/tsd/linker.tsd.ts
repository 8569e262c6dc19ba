// Linker<T> and Caller<T>: the store data type T chosen for the linker reaches every host function
// through its Caller, and a linker only instantiates against a store of that same T.
// (expectError accepts any of tsd's 44 listed codes; the code TypeScript reports is in each comment.)

import { expectError, expectType } from "tsd";
import { Caller, type HostFunc, KitData, Linker, type LinkerInstance, Store } from "accessor-kit";

declare const guest: Uint8Array;
const linker = new Linker<KitData>();
expectType<LinkerInstance<KitData>>(linker.instance("example:http/outgoing-handler"));

// an unannotated host function gets Caller<KitData>, so `caller.data` is the store data
linker.instance("example:http/outgoing-handler").funcWrap("future-status", (caller, rep: number) => {
  expectType<Caller<KitData>>(caller);
  expectType<KitData>(caller.data);
  return caller.data.table.size + rep;
});

// a host function that needs less than the store data (here only a status) is accepted
const statusOnly: HostFunc<{ readonly http: { readonly status: number } }> = (caller) => caller.data.http.status;
linker.instance("example:http/outgoing-handler").funcWrap("future-status", statusOnly);

// one that needs something the store data lacks is rejected (TS2345), as is reading it (TS2339)
const needsClock: HostFunc<{ readonly clock: number }> = (caller) => caller.data.clock;
expectError(linker.instance("example:clocks/wall-clock").funcWrap("now", needsClock));
expectError(linker.instance("example:clocks/wall-clock").funcWrap("now", (caller) => caller.data.clock));

// instantiate takes a Store<KitData>, not a store of other data (TS2345)
expectType<KitData>(new Store(new KitData()).data);
linker.instantiate(new Store(new KitData()), guest);
expectError(linker.instantiate(new Store({ clock: 0 }), guest));
