//! D6 wasi-impl (PR #8766, wasmtime 22 to 35; removed by PR #11365): the libraries implement each
//! Host for a local newtype, `impl<T: WasiView> Host for WasiImpl<T>`, which does not overlap
//! bindgen!'s `impl Host for &mut _T`; a getter returns `WasiImpl(view)` for any view, borrowed or
//! by value.

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

/// wasmtime-wasi's `WasiImpl<T>` (crates/wasi/src/ctx.rs at v22.0.0) and wasmtime-wasi-http's
/// `WasiHttpImpl<T>`.
#[repr(transparent)]
pub struct WasiImpl<T>(pub T);

#[repr(transparent)]
pub struct WasiHttpImpl<T>(pub T);

/// The libraries' hosts, on their own wrappers around any view.
macro_rules! libraries {
    () => {
        host_over_view!(sockets, [V: kit::SocketsView] design::WasiImpl<V>, |this| &mut this.0);
        host_over_view!(http, [V: kit::HttpView] design::WasiHttpImpl<V>, |this| &mut this.0);
    };
}

pub use get_host_bindings::type_annotate;

/// The annotation callers wrote (wasmtime-wasi kept its own `type_annotate` private), here for a
/// wrapper around any view `V` borrowed from any store data `T`.
pub fn sockets_getter<T, V: ?Sized, F: Fn(&mut T) -> WasiImpl<&mut V>>(getter: F) -> F {
    getter
}

pub fn http_getter<T, V: ?Sized, F: Fn(&mut T) -> WasiHttpImpl<&mut V>>(getter: F) -> F {
    getter
}

/// The same for a wrapper around a view struct built on the call.
pub fn sockets_view_getter<T, F: Fn(&mut T) -> WasiImpl<kit::SocketsCtxView<'_>>>(getter: F) -> F {
    getter
}

pub fn http_view_getter<T, F: Fn(&mut T) -> WasiHttpImpl<kit::HttpCtxView<'_>>>(getter: F) -> F {
    getter
}
