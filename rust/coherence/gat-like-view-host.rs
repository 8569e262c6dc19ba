// rustc: compiles
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! gat-like's http host on a borrowed view type of the library's own
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

impl<_T: OutgoingHandlerHost + ?Sized> OutgoingHandlerHost for &mut _T {}
impl OutgoingHandlerHost for HttpCtxView<'_> {}
