//! D3 get-host (PR #8448, wasmtime 21 to 33): the getter is any `Fn(&'a mut T) -> O` with
//! `O: Host`, through bindgen!'s `GetHost` trait, so it may return a view it builds from several
//! fields on every call. bindgen! also emits `impl<_T: Host + ?Sized> Host for &mut _T` unless told
//! `skip_mut_forwarding_impls: true`.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

#[path = "../common/get_host_bindings.rs"]
#[macro_use]
mod get_host_bindings;

/// bindgen! from PR #8448 on.
macro_rules! bindgen {
    ({ $($options:tt)* }) => {
        get_host_bindgen!({ $($options)* });
    };
}

/// Libraries that keep bindgen!'s forwarding impls put their hosts on a view struct of their own,
/// borrowed from the store data's fields: the `WasiHttpImpl { table, ctx }` shape #8382 asked for.
/// (wasmtime-wasi 21 instead kept `impl<T: WasiView> Host for T` and opted out of the forwarding
/// impls: the forwarding-impl-opt-out scenario.)
macro_rules! libraries {
    () => {
        host_over_view!(sockets, ['a] kit::SocketsCtxView<'a>, |this| this);
        host_over_view!(http, ['a] kit::HttpCtxView<'a>, |this| this);
    };
}

pub use get_host_bindings::type_annotate;

/// The annotation callers wrote for a closure returning a library's view (rust-lang/rust#58052):
/// its signature, named through a function's bound.
pub fn sockets_getter<T, F: Fn(&mut T) -> kit::SocketsCtxView<'_>>(getter: F) -> F {
    getter
}

pub fn http_getter<T, F: Fn(&mut T) -> kit::HttpCtxView<'_>>(getter: F) -> F {
    getter
}
