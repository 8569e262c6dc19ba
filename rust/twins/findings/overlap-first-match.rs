// expect: error E0119
// also: findings/union-order-dispatch findings/skiplibcheck-heritage-conflict
//! The two generic host impls of wasmtime #8382, side by side: a library's view impl (every
//! SocketsView is a host, `impl<T: WasiView> Host for T`) and bindgen!'s forwarding impl (a
//! reference to a host is a host, `impl<_T: Host + ?Sized> Host for &mut _T`). `&mut V` is a view
//! too (the views' own forwarding impls), so both impls cover `&mut _`: rustc rejects the pair at
//! the impls, before any use and whatever order they are written in (E0119).

#[path = "../../common/kit.rs"]
#[macro_use]
mod kit;

forwarding_impls!();

host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
