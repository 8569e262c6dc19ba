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
//! carry. Simplifications: one function per interface, no `StoreContextMut`; the linker asks of
//! the store data only what each design's `add_to_linker` asks (wasmtime added `T: 'static` with
//! HasData, in 34).
#![allow(dead_code, unused_macros)]

use std::any::Any;
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};

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

/// `wasmtime::component::Linker<T>`: host functions by `interface#name`, for stores of data `T`.
pub struct Linker<T> {
    funcs: HashMap<String, Box<dyn HostFunc<T>>>,
}

impl<T> Linker<T> {
    pub fn new() -> Self {
        Linker { funcs: HashMap::new() }
    }

    /// Defines `interface#name`; a second definition of the same name is a LinkError. As
    /// wasmtime's `func_wrap`, the function is `Send + Sync + 'static`.
    pub fn func_wrap<P: 'static>(
        &mut self,
        interface: &str,
        name: &str,
        func: impl Fn(&mut T, P) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        let key = format!("{interface}#{name}");
        if self.funcs.contains_key(&key) {
            return Err(LinkError(format!("{key} is defined twice")));
        }
        self.funcs.insert(key, Box::new(Typed(func, PhantomData)));
        Ok(())
    }

    /// What an instance does on a guest import call.
    pub fn call<P: 'static>(&self, data: &mut T, interface: &str, name: &str, params: P) -> Result<Outcome, LinkError> {
        let key = format!("{interface}#{name}");
        let func = self.funcs.get(&key).ok_or_else(|| LinkError(format!("{key} is not defined")))?;
        func.call(data, Box::new(params)).ok_or_else(|| LinkError(format!("{key} has other params")))
    }
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
// WasiHttpView did before IoView (PR #10016) split it off.

pub trait SocketsView {
    fn table(&mut self) -> &mut ResourceTable;
    fn sockets(&mut self) -> &mut SocketsCtx;
}

pub trait HttpView {
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
// The two interfaces. Each module holds the Host trait bindgen! generates, the behaviour over a
// view written once, and the wiring every design's `add_to_linker` ends in: a design passes
// `reach`, which gets the Host from the store data and hands it to `call`.

pub mod sockets {
    use super::{ErrorCode, Linker, LinkError, Outcome, Resource, ResolveAddressStream, SocketsView};

    pub const INTERFACE: &str = "example:sockets/ip-name-lookup";

    pub trait Host {
        fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode>;
    }

    /// The host over any SocketsView, as wasmtime-wasi writes it; each design wraps it in its own impl.
    pub fn resolve_addresses(view: &mut (impl SocketsView + ?Sized), name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
        let addresses = view.sockets().names.get(&name).cloned().ok_or(ErrorCode::NameUnresolvable)?;
        Ok(view.table().push(ResolveAddressStream { addresses }))
    }

    pub type Call<'c> = &'c mut dyn FnMut(&mut dyn Host) -> Outcome;

    pub fn add_functions<T>(
        linker: &mut Linker<T>,
        reach: impl Fn(&mut T, Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        linker.func_wrap(INTERFACE, "resolve-addresses", move |data: &mut T, name: String| {
            reach(data, &mut |host| host.resolve_addresses(name.clone()).map(|stream| stream.rep()))
        })
    }
}

pub mod http {
    use super::{ErrorCode, FutureIncomingResponse, HttpView, Linker, LinkError, Outcome, Resource, ResolveAddressStream};

    pub const INTERFACE: &str = "example:http/outgoing-handler";

    pub trait Host {
        /// Sends a request through the first address of `via`, a stream the sockets host minted.
        fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode>;
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

    pub type Call<'c> = &'c mut dyn FnMut(&mut dyn Host) -> Outcome;

    pub fn add_functions<T>(
        linker: &mut Linker<T>,
        reach: impl Fn(&mut T, Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Result<(), LinkError> {
        linker.func_wrap(INTERFACE, "handle", move |data: &mut T, (authority, via): (String, u32)| {
            reach(data, &mut |host| host.handle(authority.clone(), Resource::new_own(via)).map(|response| response.rep()))
        })
    }
}

impl sockets::Host for SharedKit {
    fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
        sockets::resolve_addresses(&mut *self.0.lock().unwrap(), name)
    }
}

impl http::Host for SharedKit {
    fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode> {
        http::handle(&mut *self.0.lock().unwrap(), authority, via)
    }
}

/// Implements one interface's Host on a type by handing the shared behaviour a view of `self`:
/// `host_over_view!(sockets, [V: SocketsView] V, |this| this);` is `impl<V: SocketsView> Host for V`.
/// Invoke it where `kit` names this module.
macro_rules! host_over_view {
    (sockets, [$($generics:tt)*] $host:ty, |$this:ident| $view:expr) => {
        impl<$($generics)*> kit::sockets::Host for $host {
            fn resolve_addresses(&mut self, name: String) -> Result<kit::Resource<kit::ResolveAddressStream>, kit::ErrorCode> {
                let $this = self;
                kit::sockets::resolve_addresses($view, name)
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
        }
    };
}

/// The shell of bindgen!'s output: a module per interface holding its Host trait, its wiring
/// (`add_functions`) and, repeated in each, the items the design's bindgen! generates
/// (`add_to_linker`, a `GetHost` trait, ...); those items also see everything of the module that
/// invokes it. Each design's `bindgen!` expands to it. Invoke it where `kit` names this module.
macro_rules! bindgen_shell {
    ($($item:item)*) => {
        pub mod sockets {
            pub use super::kit::sockets::Host;
            #[allow(unused_imports)]
            use super::{kit::{sockets::add_functions, LinkError, Linker}, *};
            $($item)*
        }
        pub mod http {
            pub use super::kit::http::Host;
            #[allow(unused_imports)]
            use super::{kit::{http::add_functions, LinkError, Linker}, *};
            $($item)*
        }
    };
}

/// What bindgen! emits beside each Host trait from PR #8448 (wasmtime 21) on, unless told
/// `skip_mut_forwarding_impls`: `impl<_T: Host + ?Sized> Host for &mut _T`. The `?Sized` lets
/// `&mut dyn View` be a Host. Invoke it where `kit` names this module.
macro_rules! forwarding_impls {
    () => {
        impl<_T: kit::sockets::Host + ?Sized> kit::sockets::Host for &mut _T {
            fn resolve_addresses(&mut self, name: String) -> Result<kit::Resource<kit::ResolveAddressStream>, kit::ErrorCode> {
                (**self).resolve_addresses(name)
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
        }
    };
}
