// rustc: E0119 for type `&mut _`
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! get-host's forwarding-impl-coherence cell: the forwarding impl beside a library's blanket host over every view (#8382)
#![allow(dead_code, unused_imports)]

use std::marker::PhantomData;
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
impl OutgoingHandlerHost for SharedKit {}

impl<_T: IpNameLookupHost + ?Sized> IpNameLookupHost for &mut _T {}
impl<T: SocketsView> IpNameLookupHost for T {}
