// expect: error E0119
//! `impl<T: SocketsView> Host for T` beside bindgen!'s `impl<_T: Host + ?Sized> Host for &mut _T`:
//! `&mut V` is a SocketsView too, so both cover `&mut _` (E0119, wasmtime #8382).

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::type_annotate;
bindgen!({});

// The libraries keep a blanket host over every view, as wasmtime-wasi <= 21 did.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|d: &mut KitData| d))?;
    http::add_to_linker_get_host(linker, type_annotate(|d: &mut KitData| d))
}
