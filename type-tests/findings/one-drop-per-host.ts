// finding: one-drop-per-host
// expect: error TS2393 at 32 "Duplicate function implementation."
// expect: error TS2416 at 32 "'drop' in type 'DropPerResource' is not assignable to the"
// expect: error TS2393 at 36 "Duplicate function implementation."
// expect: error TS2416 at 36 "'drop' in type 'DropPerResource' is not assignable to the"
// rust: compiles
//
// bindgen! generates a trait per resource, each with its own `drop` (`HostResolveAddressStream::drop`,
// `HostFutureIncomingResponse::drop`), and one Rust type implements both, each call naming its trait
// (rust/twins/findings/one-drop-per-host.rs). TypeScript has no trait-qualified members: an object has
// one `drop`. Written as Rust writes them, a `drop` per resource, each is a duplicate (TS2393) that
// fits only one interface (TS2416); what implements both is one `drop` overloaded for both resources,
// whose one body tells them apart at run time (by the handle's type). The kit's hosts name a member
// per resource instead (`dropResolveAddressStream`, `dropFutureIncomingResponse`).

import { FutureIncomingResponse, type Resource, ResolveAddressStream } from "accessor-kit";

/** bindgen's `HostResolveAddressStream`, its member named as in Rust. */
interface HostResolveAddressStream {
  drop(stream: Resource<ResolveAddressStream>): void;
}

/** bindgen's `HostFutureIncomingResponse`. */
interface HostFutureIncomingResponse {
  drop(response: Resource<FutureIncomingResponse>): void;
}

/** A `drop` per resource, as the two Rust impls write them. */
export class DropPerResource implements HostResolveAddressStream, HostFutureIncomingResponse {
  readonly dropped: number[] = [];

  drop(stream: Resource<ResolveAddressStream>): void {
    this.dropped.push(stream.rep);
  }

  drop(response: Resource<FutureIncomingResponse>): void {
    this.dropped.push(response.rep);
  }
}

/** One `drop` for both resources: it compiles, and its body tells the resources apart at run time. */
export class OneOverloadedDrop implements HostResolveAddressStream, HostFutureIncomingResponse {
  readonly streams: number[] = [];
  readonly responses: number[] = [];

  drop(stream: Resource<ResolveAddressStream>): void;
  drop(response: Resource<FutureIncomingResponse>): void;
  drop(handle: Resource<ResolveAddressStream> | Resource<FutureIncomingResponse>): void {
    if (handle.type === ResolveAddressStream) this.streams.push(handle.rep);
    else if (handle.type === FutureIncomingResponse) this.responses.push(handle.rep);
  }
}
