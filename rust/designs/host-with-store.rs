//! D8 host-with-store (PRs #11238 and #11328, wasmtime 36 on): gat-like's `fn` getter and `HasData`
//! marker, and the interface's async functions as associated functions of the marker D, each given
//! `&Accessor<T, D>` and returning a `Send` future; the view `D::Data<'_>` is reached only inside
//! `accessor.with(|mut access| access.get())`. The synchronous functions stay on `Host`, which D's
//! view must be. A WIT `async func` is concurrent without any option
//! (v36.0.0:crates/wit-bindgen/src/config.rs:75), so `bindgen!({})` puts http's `await-status` in
//! `http::HostWithStore`; sockets has no async function and gets the empty `HostWithStore` every
//! `HasData` has.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

#[path = "../common/has_data.rs"]
mod has_data;
pub use has_data::{HasData, HasSelf, WasiHttp, WasiSockets};

use std::marker::PhantomData;
use std::sync::{Arc, Mutex};

/// wasmtime's `Accessor<T, D>` (v36.0.0:crates/wasmtime/src/runtime/component/concurrent.rs:327):
/// what a concurrent host function gets instead of `&mut self`. It holds no borrow of the store
/// data, only a handle on it and D's getter.
pub struct Accessor<T: 'static, D: HasData + ?Sized = HasSelf<T>> {
    store: Arc<Mutex<T>>,
    get_data: fn(&mut T) -> D::Data<'_>,
    marker: PhantomData<fn() -> D>,
}

// wasmtime's Accessor holds a token, not the data, and is `Send + Sync` whatever T (a const
// assertion, v36.0.0:crates/wasmtime/src/runtime/component/concurrent.rs:405), so a HostWithStore function's future is `Send` with only
// `T: 'static`; the mock's handle is asserted the same (twins are compiled, never run on threads).
unsafe impl<T, D: HasData + ?Sized> Send for Accessor<T, D> {}
unsafe impl<T, D: HasData + ?Sized> Sync for Accessor<T, D> {}

/// wasmtime's `Access<'a, T, D>` (v36.0.0:crates/wasmtime/src/runtime/component/concurrent.rs:205): the store data lent to one `with`.
pub struct Access<'a, T: 'static, D: HasData + ?Sized = HasSelf<T>> {
    data: &'a mut T,
    get_data: fn(&mut T) -> D::Data<'_>,
}

impl<T> Accessor<T> {
    /// The accessor the runtime hands a concurrent host function (`func_wrap_concurrent`).
    pub fn new(store: Arc<Mutex<T>>) -> Self {
        Accessor { store, get_data: |data| data, marker: PhantomData }
    }
}

impl<T, D: HasData + ?Sized> Accessor<T, D> {
    /// Lends the store to `fun` for as long as it runs
    /// (v36.0.0:crates/wasmtime/src/runtime/component/concurrent.rs:450). `R` cannot borrow from the
    /// `Access`, so nothing of the store outlives the call; `with` inside `with` panics.
    pub fn with<R>(&self, fun: impl FnOnce(Access<'_, T, D>) -> R) -> R {
        let mut data = self.store.try_lock().expect("accessor.with called inside another accessor.with");
        fun(Access { data: &mut data, get_data: self.get_data })
    }

    /// The same store seen through another marker's getter (bindgen's `caller.with_data(host_getter)`).
    pub fn with_data<D2: HasData>(&self, get_data: fn(&mut T) -> D2::Data<'_>) -> Accessor<T, D2> {
        Accessor { store: self.store.clone(), get_data, marker: PhantomData }
    }
}

impl<T, D: HasData + ?Sized> Access<'_, T, D> {
    /// D's view of the store data (`Access::get`,
    /// v36.0.0:crates/wasmtime/src/runtime/component/concurrent.rs:221).
    pub fn get(&mut self) -> D::Data<'_> {
        (self.get_data)(self.data)
    }

    pub fn data_mut(&mut self) -> &mut T {
        self.data
    }
}

/// bindgen! at v36.0.0 for this world: per interface the `HostWithStore` trait and
/// `add_to_linker<T, D>` with `D: HostWithStore, for<'a> D::Data<'a>: Host` (and `+ Send`, with
/// `T: 'static + Send`, where the interface has an async function: crates/wit-bindgen/src/lib.rs:2306-2338,
/// expanded in crates/component-macro/tests/expanded/simple-functions_concurrent.rs:196-300); the
/// world's `add_to_linker` asks D for every interface's `HostWithStore` (v36.0.0:crates/wit-bindgen/src/lib.rs:1340-1368,
/// 1455).
/// Each async call is registered with `func_wrap_concurrent` and gets
/// `&caller.with_data(host_getter)`. The forwarding impls stay, unless told
/// `skip_mut_forwarding_impls: true` (v36 adds `+ Send` to http's; the kit's shared ones omit it).
macro_rules! bindgen {
    ({}) => {
        bindgen!(@bindings);
        forwarding_impls!();
    };
    ({ skip_mut_forwarding_impls: true }) => {
        bindgen!(@bindings);
    };
    (@bindings) => {
        pub mod sockets {
            pub use super::kit::sockets::{Host, HostResolveAddressStream};
            #[allow(unused_imports)]
            use super::{kit::{LinkError, Linker}, *};

            /// No async function: the empty trait every marker has (v36.0.0:crates/component-macro/tests/expanded/simple-functions.rs:196).
            pub trait HostWithStore: design::HasData {}

            impl<_T: ?Sized> HostWithStore for _T where _T: design::HasData {}

            pub fn add_to_linker<T, D>(linker: &mut Linker<T>, host_getter: fn(&mut T) -> D::Data<'_>) -> Result<(), LinkError>
            where
                D: HostWithStore,
                for<'a> D::Data<'a>: Host,
                T: 'static,
            {
                kit::sockets::add_functions(linker, move |data, call| call(&mut host_getter(data)))
            }
        }

        pub mod http {
            pub use super::kit::http::{Host, HostFutureIncomingResponse};
            #[allow(unused_imports)]
            use super::{kit::{LinkError, Linker}, *};

            /// `await-status`, a WIT `async func`, as an associated function of the marker.
            pub trait HostWithStore: design::HasData + Send {
                fn await_status<T: 'static>(
                    accessor: &design::Accessor<T, Self>,
                    response: kit::Resource<kit::FutureIncomingResponse>,
                ) -> impl std::future::Future<Output = kit::Outcome> + Send;
            }

            pub fn add_to_linker<T, D>(linker: &mut Linker<T>, host_getter: fn(&mut T) -> D::Data<'_>) -> Result<(), LinkError>
            where
                D: HostWithStore,
                for<'a> D::Data<'a>: Host + Send,
                T: 'static + Send,
            {
                kit::http::add_functions(linker, move |data, call| call(&mut host_getter(data)))?;
                linker.func_wrap_concurrent(kit::http::INTERFACE, "await-status", move |store, rep: u32| -> kit::BoxFuture<'static, kit::Outcome> {
                    Box::pin(async move {
                        let accessor = &design::Accessor::new(store).with_data::<D>(host_getter);
                        <D as HostWithStore>::await_status(accessor, kit::Resource::new_own(rep)).await
                    })
                })
            }

            /// How the runtime starts a guest's call of one of this interface's functions: `await-status`
            /// is concurrent, its future borrowing nothing of the store.
            pub fn start_call<T, P: 'static>(
                linker: &Linker<T>,
                store: &kit::Store<T>,
                name: &str,
                params: P,
            ) -> Result<kit::BoxFuture<'static, kit::Outcome>, LinkError> {
                kit::start_concurrent_call(linker, store, kit::http::INTERFACE, name, params)
            }
        }

        /// The world `example:kit/fetcher`, which imports both interfaces.
        pub struct Fetcher;

        impl Fetcher {
            pub fn add_to_linker<T, D>(linker: &mut kit::Linker<T>, host_getter: fn(&mut T) -> D::Data<'_>) -> Result<(), kit::LinkError>
            where
                D: sockets::HostWithStore + http::HostWithStore + Send,
                for<'a> D::Data<'a>: sockets::Host + http::Host + Send,
                T: 'static + Send,
            {
                sockets::add_to_linker::<T, D>(linker, host_getter)?;
                http::add_to_linker::<T, D>(linker, host_getter)
            }
        }
    };
}

/// The libraries in wasmtime-wasi 36's shape: hosts on their view structs, and the async function
/// on the public marker (`impl HostWithStore for WasiSockets`, v36.0.0:crates/wasi/src/p3/sockets/host/ip_name_lookup.rs:10;
/// `impl HostWithStore for WasiHttp`, v38.0.1:crates/wasi-http/src/p3/host/handler.rs:187).
macro_rules! libraries {
    () => {
        host_over_view!(sockets, ['a] kit::SocketsCtxView<'a>, |this| this);
        host_over_view!(http, ['a] kit::HttpCtxView<'a>, |this| this);

        impl http::HostWithStore for design::WasiHttp {
            fn await_status<T: 'static>(
                accessor: &design::Accessor<T, Self>,
                response: kit::Resource<kit::FutureIncomingResponse>,
            ) -> impl std::future::Future<Output = kit::Outcome> + Send {
                async move {
                    kit::next_turn().await;
                    accessor.with(|mut access| kit::http::future_status(&mut access.get(), response))
                }
            }
        }
    };
}
