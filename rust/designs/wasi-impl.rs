//! D6 wasi-impl (PR #8766, wasmtime 22 to 35; removed by PR #11365): the libraries implement each
//! Host for a local newtype, `impl<T: WasiView> Host for WasiImpl<T>`, which does not overlap the
//! bindings' `impl Host for &mut _T`; a getter returns `WasiImpl(view)` for any view, borrowed or
//! by value. Costs (PR #11365): wrapper types per library, one more layer of generics, views
//! forwarded through `&mut T`, and `type_annotate` at every call site.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

#[path = "../common/get_host_bindings.rs"]
pub mod bindings;
#[path = "../common/forwarding.rs"]
mod forwarding;
pub use bindings::{http, sockets};

/// wasmtime-wasi's `WasiImpl<T>`: the sockets host of any view.
#[repr(transparent)]
pub struct WasiImpl<T>(pub T);

/// wasmtime-wasi-http's `WasiHttpImpl<T>`: the http host of any view.
#[repr(transparent)]
pub struct WasiHttpImpl<T>(pub T);

host_over_view!(sockets, [V: kit::SocketsView] WasiImpl<V>, |this| &mut this.0);
host_over_view!(http, [V: kit::HttpView] WasiHttpImpl<V>, |this| &mut this.0);

/// The libraries' annotation helpers (rust-lang/rust#58052), for a getter that wraps the store data
/// or a field of it.
pub fn type_annotate<T, U: ?Sized, F: Fn(&mut T) -> WasiImpl<&mut U>>(getter: F) -> F {
    getter
}

pub fn type_annotate_http<T, U: ?Sized, F: Fn(&mut T) -> WasiHttpImpl<&mut U>>(getter: F) -> F {
    getter
}
