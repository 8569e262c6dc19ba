// Resource<V>: a handle remembers the type of the value it names, so the table hands back that type
// and a handle minted for one resource cannot be passed where another is expected.
// (expectError accepts any of tsd's 44 listed codes; the code TypeScript reports is in each comment.)

import { expectAssignable, expectError, expectNotAssignable, expectType } from "tsd";
import {
  FutureIncomingResponse,
  type OutgoingHandlerHost,
  Resource,
  ResolveAddressStream,
  ResourceTable,
} from "accessor-kit";

const table = new ResourceTable();
const stream = table.push(new ResolveAddressStream("localhost", [0x7f000001]));
const response = table.pushChild(new FutureIncomingResponse("example.com", 0x7f000001, 200), stream);

// push and pushChild mint a handle of the pushed value's type
expectType<Resource<ResolveAddressStream>>(stream);
expectType<Resource<FutureIncomingResponse>>(response);

// get and delete give back exactly that type, with no cast
expectType<ResolveAddressStream>(table.get(stream));
expectType<number>(table.get(response).status);
expectType<FutureIncomingResponse>(table.delete(response));

// a handle received from the guest is typed by the class it claims (the table checks the claim)
expectType<Resource<ResolveAddressStream>>(Resource.fromRep(1, ResolveAddressStream));

// a stream handle is not a response handle, even though both are just a rep and a class
expectNotAssignable<Resource<FutureIncomingResponse>>(stream);
expectNotAssignable<Resource<ResolveAddressStream>>(response);

// so a host method taking a response rejects a stream (TS2345), and reading a stream as a response
// is rejected too (TS2345 on TS 5.9/6; TS 7 reports the elaboration, TS2739)
declare const http: OutgoingHandlerHost;
expectError(http.futureStatus(stream));
expectError(http.handle("example.com", response));
expectError<FutureIncomingResponse>(table.get(stream));

// The limit: the phantom V is compared structurally. Two resource classes of the same shape (no
// private members) are interchangeable at the type level; only the table's runtime check, a
// `wrong-type` ResourceTableError, tells their handles apart.
class Pollable {
  constructor(readonly ready: boolean) {}
}
class Timer {
  constructor(readonly ready: boolean) {}
}
expectAssignable<Resource<Pollable>>(Resource.fromRep(1, Timer));
