//! The mock wasmtime every Rust twin shares, std only. It holds what no accessor design changes:
//! a ResourceTable, a `Linker<T>` with `func_wrap`, the two example interfaces (their `Host`
//! traits as bindgen! generates them, and their wiring), the ctx types, the two views (shaped like
//! wasmtime-wasi's `WasiView` and wasmtime-wasi-http's `WasiHttpView`, both with a `table()`) with
//! their behaviour written once, the borrowed two-field views, and the default store data.
//!
//! A design twin includes it with `#[macro_use] #[path = "../common/kit.rs"] pub mod kit;` and adds
//! only what the design decides, as two macros a scenario twin invokes: `bindgen!({ .. })`, the
//! bindings the design's bindgen! generates (each interface's `add_to_linker`, its getter type, the
//! forwarding impls where the design has them), and `libraries!()`, the `Host` impls its libraries
//! carry. Simplifications: one function per interface (and its resource's drop), no
//! `StoreContextMut`; the linker asks of the store data only what each design's `add_to_linker` asks
//! (wasmtime added `T: 'static` with HasData, in 34). Async bindings (`bindgen!({ async: true })`)
//! keep the same Host traits and add the bounds wasmtime's async codegen adds (`T: Send`,
//! `Host + Send`); their functions are defined with `func_wrap_async`, each call a `Send` future that
//! borrows the store data until it completes, as wasmtime's `StoreContextMut<'a, T>` does. They also
//! define http's WIT `async func` `await-status`, and `http::start_call` starts a guest's call of it
//! on a `Store<T>`, as the runtime does: two calls in flight are two borrows of the store data. From
//! PR #8448 on, wasmtime's async `Host` traits also have `Send` as a supertrait, so an impl on a type
//! that is not `Send` is refused at the impl; here it is refused where the bindings take the host.
#![allow(dead_code, unused_macros)]

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::Poll;

/// The error results of both interfaces: data the guest handles, not a trap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    NameUnresolvable,
    InvalidHandle,
}

/// What every host function returns at the ABI level: `result<u32, error-code>`.
pub type Outcome = Result<u32, ErrorCode>;

// ---------------------------------------------------------------------------------------------
// ResourceTable

/// A typed handle into a ResourceTable (the guest holds only its `rep`).
pub struct Resource<R> {
    rep: u32,
    kind: PhantomData<fn() -> R>,
}

impl<R> Resource<R> {
    pub fn new_own(rep: u32) -> Self {
        Resource { rep, kind: PhantomData }
    }

    pub fn rep(&self) -> u32 {
        self.rep
    }
}

struct Entry {
    value: Box<dyn Any + Send>,
    parent: Option<u32>,
}

/// The one table both hosts must share: a stream minted by sockets is read by http.
#[derive(Default)]
pub struct ResourceTable {
    entries: HashMap<u32, Entry>,
    next_rep: u32,
}

impl ResourceTable {
    pub fn push<R: Any + Send>(&mut self, value: R) -> Resource<R> {
        self.insert(value, None)
    }

    /// A resource that lives no longer than `parent` (a response of the stream it was sent through).
    pub fn push_child<R: Any + Send, P: Any>(&mut self, value: R, parent: &Resource<P>) -> Result<Resource<R>, ErrorCode> {
        self.get(parent)?;
        Ok(self.insert(value, Some(parent.rep)))
    }

    pub fn get<R: Any>(&self, resource: &Resource<R>) -> Result<&R, ErrorCode> {
        let entry = self.entries.get(&resource.rep).ok_or(ErrorCode::InvalidHandle)?;
        entry.value.downcast_ref().ok_or(ErrorCode::InvalidHandle)
    }

    /// Removes a resource: what a host's `drop` does with the handle the guest gave up.
    pub fn delete<R: Any>(&mut self, resource: Resource<R>) -> Result<R, ErrorCode> {
        self.get(&resource)?;
        let entry = self.entries.remove(&resource.rep).ok_or(ErrorCode::InvalidHandle)?;
        entry.value.downcast().map(|value| *value).map_err(|_| ErrorCode::InvalidHandle)
    }

    /// The number of live resources.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    fn insert<R: Any + Send>(&mut self, value: R, parent: Option<u32>) -> Resource<R> {
        self.next_rep += 1;
        self.entries.insert(self.next_rep, Entry { value: Box::new(value), parent });
        Resource::new_own(self.next_rep)
    }
}

// ---------------------------------------------------------------------------------------------
// Linker

#[derive(Debug)]
pub struct LinkError(pub String);

/// What `func_wrap` stores, behind `dyn Any` so that one linker holds every signature.
/// A host function with its parameters behind `dyn Any`, so that one linker holds every signature
/// without asking anything of `T`.
trait HostFunc<T>: Send + Sync {
    fn call(&self, data: &mut T, params: Box<dyn Any>) -> Option<Outcome>;
}

struct Typed<F, P>(F, PhantomData<fn(P)>);

impl<T, P: 'static, F: Fn(&mut T, P) -> Outcome + Send + Sync> HostFunc<T> for Typed<F, P> {
    fn call(&self, data: &mut T, params: Box<dyn Any>) -> Option<Outcome> {
        Some((self.0)(data, *params.downcast::<P>().ok()?))
    }
}

/// A future that may move between threads: what async bindings' host functions return
/// (`async_trait`'s expansion, and `func_wrap_async`'s boxed future).
pub type BoxFuture<'a, O> = Pin<Box<dyn Future<Output = O> + Send + 'a>>;

/// An async host function, its parameters behind `dyn Any` as `HostFunc`'s.
trait AsyncHostFunc<T>: Send + Sync {
    fn call<'a>(&'a self, data: &'a mut T, params: Box<dyn Any>) -> Option<BoxFuture<'a, Outcome>>;
}

struct TypedAsync<F, P>(F, PhantomData<fn(P)>);

impl<T, P: 'static, F> AsyncHostFunc<T> for TypedAsync<F, P>
where
    F: for<'a> Fn(&'a mut T, P) -> BoxFuture<'a, Outcome> + Send + Sync,
{
    fn call<'a>(&'a self, data: &'a mut T, params: Box<dyn Any>) -> Option<BoxFuture<'a, Outcome>> {
        Some((self.0)(data, *params.downcast::<P>().ok()?))
    }
}

/// A concurrent host function, its parameters behind `dyn Any`: given a handle on the store data
/// that borrows nothing, as wasmtime's `func_wrap_concurrent` gives `&Accessor<T>`.
trait ConcurrentHostFunc<T>: Send + Sync {
    fn call(&self, store: Arc<Mutex<T>>, params: Box<dyn Any>) -> Option<BoxFuture<'static, Outcome>>;
}

struct TypedConcurrent<F, P>(F, PhantomData<fn(P)>);

impl<T, P: 'static, F> ConcurrentHostFunc<T> for TypedConcurrent<F, P>
where
    F: Fn(Arc<Mutex<T>>, P) -> BoxFuture<'static, Outcome> + Send + Sync,
{
    fn call(&self, store: Arc<Mutex<T>>, params: Box<dyn Any>) -> Option<BoxFuture<'static, Outcome>> {
        Some((self.0)(store, *params.downcast::<P>().ok()?))
    }
}

/// `wasmtime::component::Linker<T>`: host functions by `interface#name`, for stores of data `T`.
pub struct Linker<T> {
    funcs: HashMap<String, Box<dyn HostFunc<T>>>,
    async_funcs: HashMap<String, Box<dyn AsyncHostFunc<T>>>,
    concurrent_funcs: HashMap<String, Box<dyn ConcurrentHostFunc<T>>>,
}

impl<T> Linker<T> {
    pub fn new() -> Self {
        Linker { funcs: HashMap::new(), async_funcs: HashMap::new(), concurrent_funcs: HashMap::new() }
    }

    /// Defines a concurrent `interface#name` (wasmtime's `func_wrap_concurrent`,
    /// v36.0.0:crates/wasmtime/src/runtime/component/linker.rs:548):
    /// each call's future holds a handle on the store data, never a borrow of it, and reaches the
    /// data only by locking it for a moment (`Accessor::with`).
    pub fn func_wrap_concurrent<P: 'static>(
        &mut self,
        interface: &str,
        name: &str,
        func: impl Fn(Arc<Mutex<T>>, P) -> BoxFuture<'static, Outcome> + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let key = self.free_key(interface, name)?;
        self.concurrent_funcs.insert(key, Box::new(TypedConcurrent(func, PhantomData)));
        Ok(())
    }

    /// What an instance does on a guest's call of a concurrent import: the call's future, which
    /// borrows neither the linker's store data nor the store.
    pub fn call_concurrent<P: 'static>(&self, store: Arc<Mutex<T>>, interface: &str, name: &str, params: P) -> Result<BoxFuture<'static, Outcome>, LinkError> {
        let key = format!("{interface}#{name}");
        let func = self.concurrent_funcs.get(&key).ok_or_else(|| LinkError(format!("{key} is not a concurrent function")))?;
        func.call(store, Box::new(params)).ok_or_else(|| LinkError(format!("{key} has other params")))
    }

    /// The key of `interface#name`, or a LinkError when it is defined already.
    fn free_key(&self, interface: &str, name: &str) -> Result<String, LinkError> {
        let key = format!("{interface}#{name}");
        if self.funcs.contains_key(&key) || self.async_funcs.contains_key(&key) || self.concurrent_funcs.contains_key(&key) {
            return Err(LinkError(format!("{key} is defined twice")));
        }
        Ok(key)
    }

    /// Defines `interface#name`; a second definition of the same name is a LinkError. As
    /// wasmtime's `func_wrap`, the function is `Send + Sync + 'static`.
    pub fn func_wrap<P: 'static>(
        &mut self,
        interface: &str,
        name: &str,
        func: impl Fn(&mut T, P) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let key = self.free_key(interface, name)?;
        self.funcs.insert(key, Box::new(Typed(func, PhantomData)));
        Ok(())
    }

    /// Defines an async `interface#name` (wasmtime's `func_wrap_async`): each call is a `Send` future
    /// that borrows the store data until it completes.
    pub fn func_wrap_async<P: 'static>(
        &mut self,
        interface: &str,
        name: &str,
        func: impl for<'a> Fn(&'a mut T, P) -> BoxFuture<'a, Outcome> + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let key = self.free_key(interface, name)?;
        self.async_funcs.insert(key, Box::new(TypedAsync(func, PhantomData)));
        Ok(())
    }

    /// What an instance does on a guest import call.
    pub fn call<P: 'static>(&self, data: &mut T, interface: &str, name: &str, params: P) -> Result<Outcome, LinkError> {
        let key = format!("{interface}#{name}");
        let func = self.funcs.get(&key).ok_or_else(|| LinkError(format!("{key} is not defined")))?;
        func.call(data, Box::new(params)).ok_or_else(|| LinkError(format!("{key} has other params")))
    }

    /// What an instance does on a guest's call of an async import: the call's future, which holds
    /// the store data until it completes.
    pub fn call_async<'a, P: 'static>(&'a self, data: &'a mut T, interface: &str, name: &str, params: P) -> Result<BoxFuture<'a, Outcome>, LinkError> {
        let key = format!("{interface}#{name}");
        let func = self.async_funcs.get(&key).ok_or_else(|| LinkError(format!("{key} is not an async function")))?;
        func.call(data, Box::new(params)).ok_or_else(|| LinkError(format!("{key} has other params")))
    }
}

/// Polls two futures until both are done: two calls in flight at once.
pub async fn join<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (Box::pin(a), Box::pin(b));
    let (mut first, mut second) = (None, None);
    std::future::poll_fn(move |cx| {
        if first.is_none() {
            if let Poll::Ready(out) = a.as_mut().poll(cx) {
                first = Some(out);
            }
        }
        if second.is_none() {
            if let Poll::Ready(out) = b.as_mut().poll(cx) {
                second = Some(out);
            }
        }
        if first.is_some() && second.is_some() {
            Poll::Ready((first.take().unwrap(), second.take().unwrap()))
        } else {
            Poll::Pending
        }
    })
    .await
}

/// `wasmtime::Store<T>`, as far as calls in flight need it: the data behind a lock, so that a
/// concurrent runtime may lend it to one `Accessor::with` at a time, while a call of an async
/// host function takes `&mut T` from `&mut Store<T>` and holds it until the call completes.
pub struct Store<T> {
    data: Arc<Mutex<T>>,
}

impl<T> Store<T> {
    pub fn new(data: T) -> Self {
        Store { data: Arc::new(Mutex::new(data)) }
    }

    /// The data, exclusively (wasmtime's `StoreContextMut<'a, T>`): refused while an accessor
    /// made from `shared` is alive.
    pub fn data_mut(&mut self) -> &mut T {
        let data = Arc::get_mut(&mut self.data).expect("the store data is lent to an accessor");
        data.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A handle on the data that borrows nothing of the store: what a concurrent runtime's
    /// accessors hold, each locking the data only inside `with`.
    pub fn shared(&self) -> Arc<Mutex<T>> {
        self.data.clone()
    }
}

/// How the runtime starts a guest's async-lowered call of an import that async bindings defined
/// (`func_wrap_async`): the call's future holds `&'a mut T`, taken from `&'a mut Store<T>`, until it
/// completes, as wasmtime's `StoreContextMut<'a, T>` does (v36.0.0:crates/wasmtime/src/runtime/component/linker.rs:472).
pub fn start_async_call<'a, T, P: 'static>(
    linker: &'a Linker<T>,
    store: &'a mut Store<T>,
    interface: &str,
    name: &str,
    params: P,
) -> Result<BoxFuture<'a, Outcome>, LinkError> {
    linker.call_async(store.data_mut(), interface, name, params)
}

/// How the runtime starts a guest's call of a concurrent import (`func_wrap_concurrent`): the call's
/// future holds a handle on the store data and borrows nothing of the store, so calls started one
/// after another are in flight together, each reaching the data only inside `Accessor::with`.
pub fn start_concurrent_call<T, P: 'static>(
    linker: &Linker<T>,
    store: &Store<T>,
    interface: &str,
    name: &str,
    params: P,
) -> Result<BoxFuture<'static, Outcome>, LinkError> {
    linker.call_concurrent(store.shared(), interface, name, params)
}

/// A future that is pending once: a response that arrives on the executor's next poll.
pub async fn next_turn() {
    let mut pending = true;
    std::future::poll_fn(move |cx| {
        if std::mem::take(&mut pending) {
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await
}

// ---------------------------------------------------------------------------------------------
// Ctx types and their resources

/// The sockets interface's own state: the names it resolves.
pub struct SocketsCtx {
    pub names: HashMap<String, Vec<u32>>,
}

impl Default for SocketsCtx {
    fn default() -> Self {
        SocketsCtx { names: HashMap::from([("localhost".to_string(), vec![0x7f00_0001])]) }
    }
}

/// The http interface's own state: the status it answers and a request count.
pub struct HttpCtx {
    pub status: u32,
    pub requests: u32,
}

impl Default for HttpCtx {
    fn default() -> Self {
        HttpCtx { status: 200, requests: 0 }
    }
}

pub struct ResolveAddressStream {
    pub addresses: Vec<u32>,
}

pub struct FutureIncomingResponse {
    pub authority: String,
    pub address: u32,
    pub status: u32,
}

// ---------------------------------------------------------------------------------------------
// Views: what each host needs from the store data. Both name the table, as WasiView and
// WasiHttpView did before IoView (PR #10016) split it off, and both are `Send`, as WasiView is
// (v20.0.0:crates/wasi/src/ctx.rs:571) and WasiHttpView is (v20.0.0:crates/wasi-http/src/types.rs:32;
// not at v21, again from PR #8725 in wasmtime 22).

pub trait SocketsView: Send {
    fn table(&mut self) -> &mut ResourceTable;
    fn sockets(&mut self) -> &mut SocketsCtx;
}

pub trait HttpView: Send {
    fn table(&mut self) -> &mut ResourceTable;
    fn http(&mut self) -> &mut HttpCtx;
}

/// The libraries' forwarding impls of their View traits (PR #11360 would later drop them).
impl<V: SocketsView + ?Sized> SocketsView for &mut V {
    fn table(&mut self) -> &mut ResourceTable {
        (**self).table()
    }
    fn sockets(&mut self) -> &mut SocketsCtx {
        (**self).sockets()
    }
}

impl<V: HttpView + ?Sized> HttpView for &mut V {
    fn table(&mut self) -> &mut ResourceTable {
        HttpView::table(&mut **self)
    }
    fn http(&mut self) -> &mut HttpCtx {
        (**self).http()
    }
}

/// A borrowed view of two fields, built per call (wasmtime-wasi's later `WasiCtxView<'a>`).
pub struct SocketsCtxView<'a> {
    pub table: &'a mut ResourceTable,
    pub ctx: &'a mut SocketsCtx,
}

pub struct HttpCtxView<'a> {
    pub table: &'a mut ResourceTable,
    pub ctx: &'a mut HttpCtx,
}

impl SocketsView for SocketsCtxView<'_> {
    fn table(&mut self) -> &mut ResourceTable {
        self.table
    }
    fn sockets(&mut self) -> &mut SocketsCtx {
        self.ctx
    }
}

impl HttpView for HttpCtxView<'_> {
    fn table(&mut self) -> &mut ResourceTable {
        self.table
    }
    fn http(&mut self) -> &mut HttpCtx {
        self.ctx
    }
}

/// The default store data: one table shared by both interfaces, and each interface's ctx.
#[derive(Default)]
pub struct KitData {
    pub table: ResourceTable,
    pub sockets: SocketsCtx,
    pub http: HttpCtx,
}

impl KitData {
    pub fn sockets_view(&mut self) -> SocketsCtxView<'_> {
        SocketsCtxView { table: &mut self.table, ctx: &mut self.sockets }
    }

    pub fn http_view(&mut self) -> HttpCtxView<'_> {
        HttpCtxView { table: &mut self.table, ctx: &mut self.http }
    }
}

/// An embedder's store data whose hosts' state is a field of it: one `kit`, or one of several
/// `tenants` picked by name.
#[derive(Default)]
pub struct AppData {
    pub kit: KitData,
    pub tenants: HashMap<String, KitData>,
}

/// An embedder's own host that owns its state through a shared handle, so a getter may return it
/// by value (a clone of the handle): hosts then share one table through `Arc<Mutex<_>>`, the owned
/// return #8382's description asked about. It is no view, so no library's blanket impl covers it.
#[derive(Clone, Default)]
pub struct SharedKit(pub Arc<Mutex<KitData>>);

/// An embedder's store data on a single-threaded runtime: its hosts' state in `kit`, as in
/// AppData, beside a log the embedder shares with the rest of its code through an `Rc`, so it is
/// not `Send` (the `!Send` store data of wasmtime #10677 and #11170).
#[derive(Default)]
pub struct LocalData {
    pub kit: KitData,
    pub log: Rc<RefCell<Vec<String>>>,
}

impl SocketsView for KitData {
    fn table(&mut self) -> &mut ResourceTable {
        &mut self.table
    }
    fn sockets(&mut self) -> &mut SocketsCtx {
        &mut self.sockets
    }
}

impl HttpView for KitData {
    fn table(&mut self) -> &mut ResourceTable {
        &mut self.table
    }
    fn http(&mut self) -> &mut HttpCtx {
        &mut self.http
    }
}

// ---------------------------------------------------------------------------------------------
// The two interfaces. Each module holds the Host traits bindgen! generates (the interface's `Host`
// and, as its supertrait, its resource's `HostX` with `drop`), the behaviour over a view written
// once, and the wiring every design's `add_to_linker` ends in: a design passes `reach`, which gets
// the Host from the store data and hands it to `call`. `add_functions` defines the functions
// synchronously, `add_functions_async` as async bindings do.

pub mod sockets {
    use super::{BoxFuture, ErrorCode, Linker, LinkError, Outcome, Resource, ResolveAddressStream, SocketsView};
    use std::sync::Arc;

    pub const INTERFACE: &str = "example:sockets/ip-name-lookup";

    /// The resource's trait (wasmtime's `HostResolveAddressStream`): the guest's drop of a handle
    /// reaches the host through the design's getter.
    pub trait HostResolveAddressStream {
        fn drop(&mut self, stream: Resource<ResolveAddressStream>) -> Result<(), ErrorCode>;
    }

    pub trait Host: HostResolveAddressStream {
        fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode>;
    }

    /// The host over any SocketsView, as wasmtime-wasi writes it; each design wraps it in its own impl.
    pub fn resolve_addresses(view: &mut (impl SocketsView + ?Sized), name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
        let addresses = view.sockets().names.get(&name).cloned().ok_or(ErrorCode::NameUnresolvable)?;
        Ok(view.table().push(ResolveAddressStream { addresses }))
    }

    pub fn drop_stream(view: &mut (impl SocketsView + ?Sized), stream: Resource<ResolveAddressStream>) -> Result<(), ErrorCode> {
        view.table().delete(stream).map(|_| ())
    }

    pub type Call<'c> = &'c mut dyn FnMut(&mut dyn Host) -> Outcome;

    /// A guest call: the host method it reaches, given the call's parameters.
    fn resolve(host: &mut dyn Host, name: &str) -> Outcome {
        host.resolve_addresses(name.to_string()).map(|stream| stream.rep())
    }

    fn drop(host: &mut dyn Host, rep: u32) -> Outcome {
        HostResolveAddressStream::drop(host, Resource::new_own(rep)).map(|()| 0)
    }

    pub fn add_functions<T>(
        linker: &mut Linker<T>,
        reach: impl Fn(&mut T, Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let reach = Arc::new(reach);
        let dropping = reach.clone();
        linker.func_wrap(INTERFACE, "resolve-addresses", move |data: &mut T, name: String| reach(data, &mut |host| resolve(host, &name)))?;
        linker.func_wrap(INTERFACE, "[resource-drop]resolve-address-stream", move |data: &mut T, rep: u32| dropping(data, &mut |host| drop(host, rep)))
    }

    pub fn add_functions_async<T: Send>(
        linker: &mut Linker<T>,
        reach: impl Fn(&mut T, Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let reach = Arc::new(reach);
        let dropping = reach.clone();
        linker.func_wrap_async(INTERFACE, "resolve-addresses", move |data: &mut T, name: String| -> BoxFuture<'_, Outcome> {
            let reach = reach.clone();
            Box::pin(async move { reach(data, &mut |host| resolve(host, &name)) })
        })?;
        linker.func_wrap_async(INTERFACE, "[resource-drop]resolve-address-stream", move |data: &mut T, rep: u32| -> BoxFuture<'_, Outcome> {
            let reach = dropping.clone();
            Box::pin(async move { reach(data, &mut |host| drop(host, rep)) })
        })
    }
}

pub mod http {
    use super::{BoxFuture, ErrorCode, FutureIncomingResponse, HttpView, Linker, LinkError, Outcome, Resource, ResolveAddressStream, Store};
    use std::sync::Arc;

    pub const INTERFACE: &str = "example:http/outgoing-handler";

    /// The resource's trait (wasmtime's `HostFutureIncomingResponse`).
    pub trait HostFutureIncomingResponse {
        fn drop(&mut self, response: Resource<FutureIncomingResponse>) -> Result<(), ErrorCode>;
    }

    pub trait Host: HostFutureIncomingResponse {
        /// Sends a request through the first address of `via`, a stream the sockets host minted.
        fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode>;
        /// The status of a response (what `await-status` answers once it has arrived).
        fn future_status(&mut self, response: Resource<FutureIncomingResponse>) -> Result<u32, ErrorCode>;
    }

    pub fn handle(
        view: &mut (impl HttpView + ?Sized),
        authority: String,
        via: Resource<ResolveAddressStream>,
    ) -> Result<Resource<FutureIncomingResponse>, ErrorCode> {
        let address = view.table().get(&via)?.addresses.first().copied().unwrap_or(0);
        let http = view.http();
        http.requests += 1;
        let status = http.status;
        view.table().push_child(FutureIncomingResponse { authority, address, status }, &via)
    }

    pub fn drop_response(view: &mut (impl HttpView + ?Sized), response: Resource<FutureIncomingResponse>) -> Result<(), ErrorCode> {
        view.table().delete(response).map(|_| ())
    }

    pub fn future_status(view: &mut (impl HttpView + ?Sized), response: Resource<FutureIncomingResponse>) -> Result<u32, ErrorCode> {
        Ok(view.table().get(&response)?.status)
    }

    pub type Call<'c> = &'c mut dyn FnMut(&mut dyn Host) -> Outcome;

    fn send(host: &mut dyn Host, authority: &str, via: u32) -> Outcome {
        host.handle(authority.to_string(), Resource::new_own(via)).map(|response| response.rep())
    }

    fn drop(host: &mut dyn Host, rep: u32) -> Outcome {
        HostFutureIncomingResponse::drop(host, Resource::new_own(rep)).map(|()| 0)
    }

    fn status(host: &mut dyn Host, rep: u32) -> Outcome {
        host.future_status(Resource::new_own(rep))
    }

    pub fn add_functions<T>(
        linker: &mut Linker<T>,
        reach: impl Fn(&mut T, Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let reach = Arc::new(reach);
        let dropping = reach.clone();
        linker.func_wrap(INTERFACE, "handle", move |data: &mut T, (authority, via): (String, u32)| reach(data, &mut |host| send(host, &authority, via)))?;
        linker.func_wrap(INTERFACE, "[resource-drop]future-incoming-response", move |data: &mut T, rep: u32| dropping(data, &mut |host| drop(host, rep)))
    }

    pub fn add_functions_async<T: Send>(
        linker: &mut Linker<T>,
        reach: impl Fn(&mut T, Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let reach = Arc::new(reach);
        let dropping = reach.clone();
        let awaiting = reach.clone();
        linker.func_wrap_async(INTERFACE, "handle", move |data: &mut T, (authority, via): (String, u32)| -> BoxFuture<'_, Outcome> {
            let reach = reach.clone();
            Box::pin(async move { reach(data, &mut |host| send(host, &authority, via)) })
        })?;
        linker.func_wrap_async(INTERFACE, "[resource-drop]future-incoming-response", move |data: &mut T, rep: u32| -> BoxFuture<'_, Outcome> {
            let reach = dropping.clone();
            Box::pin(async move { reach(data, &mut |host| drop(host, rep)) })
        })?;
        // WIT's `async func await-status`: the status once the response has arrived, the store data
        // held by the call's future across the wait
        linker.func_wrap_async(INTERFACE, "await-status", move |data: &mut T, rep: u32| -> BoxFuture<'_, Outcome> {
            let reach = awaiting.clone();
            Box::pin(async move {
                super::next_turn().await;
                reach(data, &mut |host| status(host, rep))
            })
        })
    }

    /// Starts a guest's call of one of this interface's async functions (`start_async_call`).
    pub fn start_call_async<'a, T, P: 'static>(linker: &'a Linker<T>, store: &'a mut Store<T>, name: &str, params: P) -> Result<BoxFuture<'a, Outcome>, LinkError> {
        super::start_async_call(linker, store, INTERFACE, name, params)
    }
}

impl sockets::HostResolveAddressStream for SharedKit {
    fn drop(&mut self, stream: Resource<ResolveAddressStream>) -> Result<(), ErrorCode> {
        sockets::drop_stream(&mut *self.0.lock().unwrap(), stream)
    }
}

impl sockets::Host for SharedKit {
    fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
        sockets::resolve_addresses(&mut *self.0.lock().unwrap(), name)
    }
}

impl http::HostFutureIncomingResponse for SharedKit {
    fn drop(&mut self, response: Resource<FutureIncomingResponse>) -> Result<(), ErrorCode> {
        http::drop_response(&mut *self.0.lock().unwrap(), response)
    }
}

impl http::Host for SharedKit {
    fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode> {
        http::handle(&mut *self.0.lock().unwrap(), authority, via)
    }

    fn future_status(&mut self, response: Resource<FutureIncomingResponse>) -> Result<u32, ErrorCode> {
        http::future_status(&mut *self.0.lock().unwrap(), response)
    }
}

/// Implements one interface's Host (and its resource's trait) on a type by handing the shared
/// behaviour a view of `self`: `host_over_view!(sockets, [V: SocketsView] V, |this| this);` is
/// `impl<V: SocketsView> Host for V` and `impl<V: SocketsView> HostResolveAddressStream for V`.
/// Invoke it where `kit` names this module.
macro_rules! host_over_view {
    (sockets, [$($generics:tt)*] $host:ty, |$this:ident| $view:expr) => {
        impl<$($generics)*> kit::sockets::Host for $host {
            fn resolve_addresses(&mut self, name: String) -> Result<kit::Resource<kit::ResolveAddressStream>, kit::ErrorCode> {
                let $this = self;
                kit::sockets::resolve_addresses($view, name)
            }
        }

        impl<$($generics)*> kit::sockets::HostResolveAddressStream for $host {
            fn drop(&mut self, stream: kit::Resource<kit::ResolveAddressStream>) -> Result<(), kit::ErrorCode> {
                let $this = self;
                kit::sockets::drop_stream($view, stream)
            }
        }
    };
    (http, [$($generics:tt)*] $host:ty, |$this:ident| $view:expr) => {
        impl<$($generics)*> kit::http::Host for $host {
            fn handle(
                &mut self,
                authority: String,
                via: kit::Resource<kit::ResolveAddressStream>,
            ) -> Result<kit::Resource<kit::FutureIncomingResponse>, kit::ErrorCode> {
                let $this = self;
                kit::http::handle($view, authority, via)
            }

            fn future_status(&mut self, response: kit::Resource<kit::FutureIncomingResponse>) -> Result<u32, kit::ErrorCode> {
                let $this = self;
                kit::http::future_status($view, response)
            }
        }

        impl<$($generics)*> kit::http::HostFutureIncomingResponse for $host {
            fn drop(&mut self, response: kit::Resource<kit::FutureIncomingResponse>) -> Result<(), kit::ErrorCode> {
                let $this = self;
                kit::http::drop_response($view, response)
            }
        }
    };
}

/// The shell of bindgen!'s output: a module per interface holding its Host traits, its wiring
/// (`add_functions`) and, repeated in each, the items the design's bindgen! generates
/// (`add_to_linker`, a `GetHost` trait, ...); those items also see everything of the module that
/// invokes it. Beside them the world's struct, `Fetcher`, whose `add_to_linker` links every
/// interface with one getter: the design's bindgen! writes it in an `impl Fetcher` (naming `kit::`,
/// `sockets::` and `http::` in full). Each design's `bindgen!` expands to it, or to
/// `async_bindgen_shell!` for `async: true`. Invoke it where `kit` names this module.
macro_rules! bindgen_shell {
    (@with $wiring:ident $(, $start:ident)?; $($item:item)*) => {
        pub mod sockets {
            pub use super::kit::sockets::{Host, HostResolveAddressStream};
            #[allow(unused_imports)]
            use super::{kit::{sockets::$wiring as add_functions, LinkError, Linker}, *};
            $($item)*
        }
        pub mod http {
            pub use super::kit::http::{Host, HostFutureIncomingResponse};
            $(pub use super::kit::http::$start as start_call;)?
            #[allow(unused_imports)]
            use super::{kit::{http::$wiring as add_functions, LinkError, Linker}, *};
            $($item)*
        }
        /// The world `example:kit/fetcher`, which imports both interfaces.
        pub struct Fetcher;
    };
    ($($item:item)*) => {
        bindgen_shell!(@with add_functions; $($item)*);
    };
}

/// D1's world `add_to_linker` (`Fetcher::add_to_linker`): one field-ref getter whose `U` is every
/// interface's host, handed to each interface's `add_to_linker`; `[$data]` and `[$host]` are the
/// bounds on T and U (`[Send], [+ Send]` under async). Invoke it beside `bindgen_shell!`'s output.
macro_rules! field_ref_world {
    ([$($data:tt)*], [$($host:tt)*]) => {
        impl Fetcher {
            pub fn add_to_linker<T: $($data)*, U: sockets::Host + http::Host $($host)*>(
                linker: &mut kit::Linker<T>,
                get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
            ) -> Result<(), kit::LinkError> {
                sockets::add_to_linker(linker, get)?;
                http::add_to_linker(linker, get)
            }
        }
    };
}

/// bindgen!({ async: true })'s shell: the same modules, their functions defined as async ones
/// (`func_wrap_async`), and `http::start_call`, how the runtime starts a guest's call of one of them
/// (each call's future holding the store data). The design's items carry the bounds its async
/// codegen adds.
macro_rules! async_bindgen_shell {
    ($($item:item)*) => {
        bindgen_shell!(@with add_functions_async, start_call_async; $($item)*);
    };
}

/// What bindgen! emits beside each Host trait (and each resource's `HostX`) from PR #8448
/// (wasmtime 21) on, unless told `skip_mut_forwarding_impls`: `impl<_T: Host + ?Sized> Host for
/// &mut _T`. The `?Sized` lets `&mut dyn View` be a Host. Invoke it where `kit` names this module.
macro_rules! forwarding_impls {
    () => {
        impl<_T: kit::sockets::Host + ?Sized> kit::sockets::Host for &mut _T {
            fn resolve_addresses(&mut self, name: String) -> Result<kit::Resource<kit::ResolveAddressStream>, kit::ErrorCode> {
                (**self).resolve_addresses(name)
            }
        }

        impl<_T: kit::sockets::HostResolveAddressStream + ?Sized> kit::sockets::HostResolveAddressStream for &mut _T {
            fn drop(&mut self, stream: kit::Resource<kit::ResolveAddressStream>) -> Result<(), kit::ErrorCode> {
                kit::sockets::HostResolveAddressStream::drop(*self, stream)
            }
        }

        impl<_T: kit::http::Host + ?Sized> kit::http::Host for &mut _T {
            fn handle(
                &mut self,
                authority: String,
                via: kit::Resource<kit::ResolveAddressStream>,
            ) -> Result<kit::Resource<kit::FutureIncomingResponse>, kit::ErrorCode> {
                (**self).handle(authority, via)
            }

            fn future_status(&mut self, response: kit::Resource<kit::FutureIncomingResponse>) -> Result<u32, kit::ErrorCode> {
                (**self).future_status(response)
            }
        }

        impl<_T: kit::http::HostFutureIncomingResponse + ?Sized> kit::http::HostFutureIncomingResponse for &mut _T {
            fn drop(&mut self, response: kit::Resource<kit::FutureIncomingResponse>) -> Result<(), kit::ErrorCode> {
                kit::http::HostFutureIncomingResponse::drop(*self, response)
            }
        }
    };
}
