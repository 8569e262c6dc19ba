// The kit's crate as rustc sees it: the crate bindgen! expands into (wasmtime-wasi, mocked in
// rust/common/kit.rs): the two interfaces' Host traits, the views with their forwarding impls for
// `&mut V`, the store data and the libraries' wrapper and view types. The designs check their impls
// against it, and the coherence corpus compiles its pairs inside it.

import type { ParseCrate } from "./syntax.ts";

export const kitCrate = `use std::marker::PhantomData;
trait IpNameLookupHost {}
trait OutgoingHandlerHost {}
trait SocketsView {}
trait HttpView {}
trait HasData {}
struct KitData;
struct SharedKit;
struct WasiImpl<T>(T);
struct WasiHttpImpl<T>(T);
struct AuditedHttp<V>(V);
struct SocketsCtxView<'a>(&'a mut u32);
struct HttpCtxView<'a>(&'a mut u32);
struct HasSelf<T: ?Sized>(PhantomData<T>);
struct WasiSockets;
impl<V: SocketsView + ?Sized> SocketsView for &mut V {}
impl<V: HttpView + ?Sized> HttpView for &mut V {}
impl SocketsView for KitData {}
impl HttpView for KitData {}
impl SocketsView for SocketsCtxView<'_> {}
impl HttpView for HttpCtxView<'_> {}
impl IpNameLookupHost for SharedKit {}
impl OutgoingHandlerHost for SharedKit {}`;

export type KitCrate = ParseCrate<typeof kitCrate>;
