//! D3 get-host (PR #8448, wasmtime 21 to 33): the getter is any closure `Fn(&'a mut T) -> O` with
//! `O: Host`, so it may return a borrowed view of several fields. Costs: a closure passed straight
//! to `add_to_linker_get_host` gets no higher-ranked signature (rust-lang/rust#58052), hence
//! `type_annotate`; the bindings' `impl Host for &mut _T` conflicts with a library's blanket
//! `impl<T: WasiView> Host for T` (E0119), so wasmtime-wasi generated its bindings with
//! `skip_mut_forwarding_impls` (this twin includes no forwarding impls); getters cannot be
//! type-erased (#10770).

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

#[path = "../common/get_host_bindings.rs"]
pub mod bindings;
pub use bindings::{http, sockets, type_annotate};

// wasmtime-wasi(-http) 21: the blanket hosts over every view stay (bindings with
// skip_mut_forwarding_impls); `&mut T` reaches them through the views' own forwarding impls.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);
